import "client-only";
import { createElement, type ReactNode } from "react";
import { createLowlight } from "lowlight";
import bash from "highlight.js/lib/languages/bash";
import c from "highlight.js/lib/languages/c";
import cpp from "highlight.js/lib/languages/cpp";
import css from "highlight.js/lib/languages/css";
import diff from "highlight.js/lib/languages/diff";
import go from "highlight.js/lib/languages/go";
import java from "highlight.js/lib/languages/java";
import javascript from "highlight.js/lib/languages/javascript";
import json from "highlight.js/lib/languages/json";
import python from "highlight.js/lib/languages/python";
import rust from "highlight.js/lib/languages/rust";
import sql from "highlight.js/lib/languages/sql";
import typescript from "highlight.js/lib/languages/typescript";
import xml from "highlight.js/lib/languages/xml";
import yaml from "highlight.js/lib/languages/yaml";

// Syntax highlighting of fenced code blocks: highlight.js's grammars through lowlight, which
// returns a tree rather than HTML. This module is loaded on first use (components/chat/code-block.tsx),
// never with the page. The tree becomes React elements here, keeping only spans and highlight.js's
// class names: the code itself stays text that React escapes, whatever it contains.

const lowlight = createLowlight({ bash, c, cpp, css, diff, go, java, javascript, json, python, rust, sql, typescript, xml, yaml });
lowlight.registerAlias({ bash: ["sh", "shell", "zsh", "console"], javascript: ["js", "jsx", "mjs", "cjs"], typescript: ["ts", "tsx"], xml: ["html", "svg", "xhtml"], python: ["py"], rust: ["rs"], yaml: ["yml"], cpp: ["c++", "hpp"], go: ["golang"] });

type Root = ReturnType<typeof lowlight.highlight>;
type Node = Root["children"][number];
type Element = Extract<Node, { type: "element" }>;

/**
 * Past this, code is shown plain: highlighting is a nicety, and a block of it must never cost a
 * visible frame (highlight.js's grammars take up to ~10 µs a character on hostile input).
 */
export const MAX_HIGHLIGHTED_CHARS = 1_500;
/** Guessing the language tries every grammar: only for short blocks without one named. */
const MAX_GUESSED_CHARS = 800;
const TOKEN_CLASS = /^hljs-[a-z0-9_-]+$/i;

/** `code` as highlighted React nodes, or null when it stays plain (too long, an unknown language, nothing recognised). */
export function highlightCode(code: string, lang: string | undefined): ReactNode[] | null {
  if (code.length > MAX_HIGHLIGHTED_CHARS) return null;
  const name = lang?.toLowerCase();
  let tree: Root;
  if (name) {
    if (!lowlight.registered(name)) return null;
    tree = lowlight.highlight(name, code);
  } else {
    if (code.length > MAX_GUESSED_CHARS) return null;
    tree = lowlight.highlightAuto(code);
    if (!tree.data?.language) return null;
  }
  return tree.children.map(toReact);
}

function toReact(node: Node | Element["children"][number], key: number): ReactNode {
  if (node.type === "text") return node.value;
  if (node.type !== "element") return null;
  return createElement("span", { key, className: tokenClasses(node) }, node.children.map(toReact));
}

function tokenClasses(node: Element): string | undefined {
  const names = node.properties.className;
  if (!Array.isArray(names)) return undefined;
  return names.filter((name): name is string => typeof name === "string" && TOKEN_CLASS.test(name)).join(" ") || undefined;
}
