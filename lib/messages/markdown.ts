import { linkify } from "@/lib/messages/linkify";

// The Markdown subset messages are written in, parsed into a small tree that components render as
// React elements (components/chat/message-body.tsx): never HTML. Bold **x**, italic *x* or _x_,
// strikethrough ~~x~~, spoilers ||x||, inline `code`, fenced ``` code blocks (with a language),
// > block quotes, - / 1. lists, and http(s) links as today (linkify). Anything else stays text:
// no headings, images, tables, raw HTML or [text](url) links. Every step is linear in the text's
// length (no backtracking patterns, each delimiter pushed and popped once), and nesting stops at
// a fixed depth, so no message can make rendering slow.

export type Inline =
  | { type: "text"; text: string }
  | { type: "link"; text: string; href: string }
  | { type: "code"; text: string }
  | { type: "strong" | "em" | "strike" | "spoiler"; children: Inline[] };

export type Block =
  | { type: "paragraph"; children: Inline[] }
  | { type: "code"; lang: string; text: string }
  | { type: "quote"; children: Block[] }
  | { type: "list"; ordered: boolean; start: number; items: Inline[][] };

const MAX_QUOTE_DEPTH = 3;
const MAX_INLINE_DEPTH = 8;
const FENCE_OPEN = /^ {0,3}```([\w+#.-]{0,20})[ \t]*$/;
const FENCE_CLOSE = /^ {0,3}```[ \t]*$/;
const QUOTE = /^ {0,3}> ?/;
const BULLET = /^ {0,3}[-*+][ \t]+/;
const NUMBERED = /^ {0,3}(\d{1,9})[.)][ \t]+/;

/** Past this many formatted pieces a message is shown as plain text (with its links): markup that dense is noise, and costly. */
const MAX_NODES = 300;

export function parseMarkdown(text: string): Block[] {
  const blocks = parseBlocks(text.replace(/\r\n?/g, "\n").split("\n"), 0);
  if (countNodes(blocks) <= MAX_NODES) return blocks;
  return [{ type: "paragraph", children: linkify(text).map((s) => (s.kind === "link" ? { type: "link", text: s.text, href: s.href } : { type: "text", text: s.text })) }];
}

function countNodes(blocks: Block[]): number {
  let count = 0;
  const inline = (nodes: Inline[]) => {
    for (const node of nodes) {
      count++;
      if ("children" in node) inline(node.children);
    }
  };
  for (const block of blocks) {
    count++;
    if (block.type === "paragraph") inline(block.children);
    else if (block.type === "quote") count += countNodes(block.children);
    else if (block.type === "list") block.items.forEach((item) => inline(item));
  }
  return count;
}

function parseBlocks(lines: string[], depth: number): Block[] {
  const blocks: Block[] = [];
  let paragraph: string[] = [];
  const flush = () => {
    if (paragraph.length > 0) blocks.push({ type: "paragraph", children: parseInline(paragraph.join("\n")) });
    paragraph = [];
  };
  let i = 0;
  while (i < lines.length) {
    const line = lines[i]!;
    const fence = FENCE_OPEN.exec(line);
    if (fence) {
      flush();
      const body: string[] = [];
      i++;
      while (i < lines.length && !FENCE_CLOSE.test(lines[i]!)) body.push(lines[i++]!);
      i++; // the closing fence (or the end)
      blocks.push({ type: "code", lang: fence[1]!.toLowerCase(), text: body.join("\n") });
      continue;
    }
    if (depth < MAX_QUOTE_DEPTH && QUOTE.test(line)) {
      flush();
      const quoted: string[] = [];
      while (i < lines.length && QUOTE.test(lines[i]!)) quoted.push(lines[i++]!.replace(QUOTE, ""));
      blocks.push({ type: "quote", children: parseBlocks(quoted, depth + 1) });
      continue;
    }
    const bullet = BULLET.test(line);
    const numbered = NUMBERED.exec(line);
    if (bullet || numbered) {
      flush();
      const pattern = bullet ? BULLET : NUMBERED;
      const items: Inline[][] = [];
      while (i < lines.length && pattern.test(lines[i]!)) items.push(parseInline(lines[i++]!.replace(pattern, "")));
      blocks.push({ type: "list", ordered: !bullet, start: numbered ? Number(numbered[1]) : 1, items });
      continue;
    }
    if (line.trim() === "") {
      flush();
      i++;
      continue;
    }
    paragraph.push(line);
    i++;
  }
  flush();
  return blocks;
}

// --- inline ---

type Delimiter = "**" | "~~" | "||" | "*" | "_";
const TYPES: Record<Delimiter, "strong" | "strike" | "spoiler" | "em"> = { "**": "strong", "~~": "strike", "||": "spoiler", "*": "em", _: "em" };

type Frame = { delimiter: Delimiter | null; children: Inline[] };

export function parseInline(text: string): Inline[] {
  const root: Frame = { delimiter: null, children: [] };
  const stack: Frame[] = [root];
  const open = new Map<Delimiter, number>();
  const top = () => stack[stack.length - 1]!;
  const pushText = (value: string) => {
    if (!value) return;
    const children = top().children;
    const last = children[children.length - 1];
    if (last?.type === "text") children[children.length - 1] = { type: "text", text: last.text + value };
    else children.push({ type: "text", text: value });
  };
  // Unclosed frames above `index` go back to being text (their delimiter and their content).
  const unwindTo = (index: number) => {
    while (stack.length - 1 > index) {
      const frame = stack.pop()!;
      open.set(frame.delimiter!, open.get(frame.delimiter!)! - 1);
      pushText(frame.delimiter!);
      for (const child of frame.children) {
        if (child.type === "text") pushText(child.text);
        else top().children.push(child);
      }
    }
  };

  for (const piece of splitCode(text)) {
    if (piece.code !== undefined) {
      top().children.push({ type: "code", text: piece.code });
      continue;
    }
    for (const segment of linkify(piece.text)) {
      if (segment.kind === "link") {
        top().children.push({ type: "link", text: segment.text, href: segment.href });
        continue;
      }
      const s = segment.text;
      let plain = 0;
      for (let i = 0; i < s.length; ) {
        const delimiter = delimiterAt(s, i, top().delimiter);
        if (!delimiter) {
          i++;
          continue;
        }
        const before = s[i - 1] ?? " ";
        const after = s[i + delimiter.length] ?? " ";
        const canClose = (open.get(delimiter) ?? 0) > 0 && !/\s/.test(before) && (delimiter !== "_" || !/[\p{L}\p{N}]/u.test(after));
        const canOpen = !/\s/.test(after) && (delimiter !== "_" || !/[\p{L}\p{N}]/u.test(before)) && stack.length <= MAX_INLINE_DEPTH;
        if (!canClose && !canOpen) {
          i += delimiter.length;
          continue;
        }
        pushText(s.slice(plain, i));
        if (canClose) {
          let index = stack.length - 1;
          while (stack[index]!.delimiter !== delimiter) index--;
          unwindTo(index);
          const frame = stack.pop()!;
          open.set(delimiter, open.get(delimiter)! - 1);
          if (frame.children.length === 0) pushText(delimiter + delimiter);
          else top().children.push({ type: TYPES[delimiter], children: frame.children });
        } else {
          stack.push({ delimiter, children: [] });
          open.set(delimiter, (open.get(delimiter) ?? 0) + 1);
        }
        i += delimiter.length;
        plain = i;
      }
      pushText(s.slice(plain));
    }
  }
  unwindTo(0);
  return root.children;
}

/** The delimiter at `i`; `***` closing an open `*` inside `**` closes the `*` first. */
function delimiterAt(s: string, i: number, innermost: Delimiter | null): Delimiter | null {
  const c = s[i];
  if (c === "*") return s[i + 1] === "*" && !(innermost === "*" && s[i + 2] === "*") ? "**" : "*";
  if (c === "~" && s[i + 1] === "~") return "~~";
  if (c === "|" && s[i + 1] === "|") return "||";
  if (c === "_") return "_";
  return null;
}

/**
 * Text and inline code spans: a run of n backticks opens a span that the next run of exactly n
 * closes (no closer: the backticks are text). Runs are found once and indexed by length, so
 * thousands of backticks stay linear.
 */
function splitCode(text: string): { text: string; code?: string }[] {
  const runs: { at: number; length: number }[] = [];
  for (const match of text.matchAll(/`+/g)) runs.push({ at: match.index!, length: match[0].length });
  if (runs.length === 0) return [{ text }];
  const byLength = new Map<number, number[]>();
  runs.forEach((run, index) => {
    const list = byLength.get(run.length);
    if (list) list.push(index);
    else byLength.set(run.length, [index]);
  });
  const cursor = new Map<number, number>();
  const pieces: { text: string; code?: string }[] = [];
  let last = 0;
  let next = 0;
  for (let r = 0; r < runs.length; r++) {
    const run = runs[r]!;
    if (run.at < next) continue;
    const same = byLength.get(run.length)!;
    let c = cursor.get(run.length) ?? 0;
    while (c < same.length && same[c]! <= r) c++;
    cursor.set(run.length, c);
    const close = same[c];
    if (close === undefined) continue;
    const closer = runs[close]!;
    const inner = text.slice(run.at + run.length, closer.at);
    if (run.at > last) pieces.push({ text: text.slice(last, run.at) });
    pieces.push({ text: "", code: inner.length > 2 && inner.startsWith(" ") && inner.endsWith(" ") ? inner.slice(1, -1) : inner });
    last = closer.at + closer.length;
    next = last;
    r = close;
  }
  if (last < text.length) pieces.push({ text: text.slice(last) });
  return pieces;
}
