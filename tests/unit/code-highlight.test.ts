import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { highlightCode, MAX_HIGHLIGHTED_CHARS } from "@/components/chat/highlight";
import { BOMBS, XSS } from "../support/markdown-corpus";

// Syntax highlighting turns lowlight's tree into React elements: only spans with highlight.js's
// class names, the code itself as text React escapes. The Markdown corpus, as code in every
// language we highlight and in guessed ones, must come out inert, whole and fast.

const markup = (code: string, lang?: string) => renderToStaticMarkup(createElement("code", null, highlightCode(code, lang) ?? code));
const textOf = (html: string) => html.replace(/<[^>]*>/g, "").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&#x27;/g, "'").replace(/&amp;/g, "&");

describe("code highlighting", () => {
  it("colours a named language and a guessed one with highlight.js classes", () => {
    expect(markup("const answer = 42;", "ts")).toBe('<code><span class="hljs-keyword">const</span> answer = <span class="hljs-number">42</span>;</code>');
    expect(markup("def greet(name):\n    return f\"hi {name}\"\n")).toContain('<span class="hljs-keyword">def</span>');
    expect(markup('{"a": [1, true]}', "json")).toContain('<span class="hljs-attr">&quot;a&quot;</span>');
  });

  it("leaves unknown languages and very long code plain", () => {
    expect(highlightCode("x := 1", "brainfork")).toBeNull();
    expect(highlightCode("a".repeat(MAX_HIGHLIGHTED_CHARS + 1), "js")).toBeNull();
  });

  const langs = [undefined, "html", "xml", "js", "ts", "bash", "sql", "css", "json", "python", "yaml"];
  // The bombs whole (past the cap: plain) and cut to the longest block that is highlighted.
  const corpus = [...XSS, ...BOMBS, ...BOMBS.map((bomb) => bomb.slice(0, MAX_HIGHLIGHTED_CHARS))];
  it.each(corpus.map((code) => [`${code.length} ${code.slice(0, 40)}`, code]))("%s: inert, whole and fast in every language", (_, code) => {
    for (const lang of langs) {
      markup(code, lang); // warm
      // CPU time, the fastest of three: the cost itself, not the waits a busy machine adds.
      const times = [0, 1, 2].map(() => {
        const started = process.cpuUsage();
        markup(code, lang);
        const { user, system } = process.cpuUsage(started);
        return (user + system) / 1_000;
      });
      expect(Math.min(...times), `${lang}`).toBeLessThan(50);
      const html = markup(code, lang);
      for (const [tag] of html.matchAll(/<[^>]*>/g)) expect(tag, `${lang}`).toMatch(/^<\/?(code|span)( class="hljs-[\w -]+")?>$/);
      expect(textOf(html), `${lang}`).toBe(code);
    }
  });
});
