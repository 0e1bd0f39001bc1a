import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { MessageBody } from "@/components/chat/message-body";
import { parseInline, parseMarkdown } from "@/lib/messages/markdown";
import { BOMBS, XSS } from "../support/markdown-corpus";

const html = (body: string) => renderToStaticMarkup(createElement(MessageBody, { body }));

describe("the Markdown subset", () => {
  it("reads emphasis, code, spoilers and links inline", () => {
    expect(parseInline("**bold** *it* _it_ ~~gone~~ ||secret|| `a *b*` https://example.com/a_b_c")).toEqual([
      { type: "strong", children: [{ type: "text", text: "bold" }] },
      { type: "text", text: " " },
      { type: "em", children: [{ type: "text", text: "it" }] },
      { type: "text", text: " " },
      { type: "em", children: [{ type: "text", text: "it" }] },
      { type: "text", text: " " },
      { type: "strike", children: [{ type: "text", text: "gone" }] },
      { type: "text", text: " " },
      { type: "spoiler", children: [{ type: "text", text: "secret" }] },
      { type: "text", text: " " },
      { type: "code", text: "a *b*" },
      { type: "text", text: " " },
      { type: "link", text: "https://example.com/a_b_c", href: "https://example.com/a_b_c" },
    ]);
    expect(parseInline("**bold *and italic***")).toEqual([
      { type: "strong", children: [{ type: "text", text: "bold " }, { type: "em", children: [{ type: "text", text: "and italic" }] }] },
    ]);
  });

  it("leaves what isn't markup as text: snake_case, lone stars, 2 * 3 * 4, unclosed delimiters", () => {
    for (const text of ["snake_case_name", "2 * 3 * 4", "a ** b", "**never closed", "`not code", "||", "~~ ~~"]) {
      expect(parseInline(text), text).toEqual([{ type: "text", text }]);
    }
  });

  it("reads blocks: code fences, quotes, lists, paragraphs", () => {
    expect(parseMarkdown("Look:\n```ts\nconst a = 1 < 2;\n```\n> quoted **line**\n> more\n- one\n- two\n3. three\n\nlast")).toEqual([
      { type: "paragraph", children: [{ type: "text", text: "Look:" }] },
      { type: "code", lang: "ts", text: "const a = 1 < 2;" },
      { type: "quote", children: [{ type: "paragraph", children: [{ type: "text", text: "quoted " }, { type: "strong", children: [{ type: "text", text: "line" }] }, { type: "text", text: "\nmore" }] }] },
      { type: "list", ordered: false, start: 1, items: [[{ type: "text", text: "one" }], [{ type: "text", text: "two" }]] },
      { type: "list", ordered: true, start: 3, items: [[{ type: "text", text: "three" }]] },
      { type: "paragraph", children: [{ type: "text", text: "last" }] },
    ]);
  });

  it("renders as elements with today's link rules", () => {
    expect(html("**hi** https://example.com")).toBe(
      '<p class="whitespace-pre-wrap break-words [overflow-wrap:anywhere]"><strong class="font-semibold">hi</strong> <a href="https://example.com/" target="_blank" rel="noopener noreferrer nofollow" class="text-accent underline underline-offset-2 hover:no-underline">https://example.com</a></p>',
    );
  });
});

describe("hostile Markdown", () => {
  it.each([...XSS, ...BOMBS].map((body) => [body.slice(0, 40), body]))("%s: renders inert, fast", (_, body) => {
    html(body); // warm
    const started = performance.now();
    const out = html(body);
    const elapsed = performance.now() - started;
    expect(elapsed).toBeLessThan(50);
    expect(out).not.toMatch(/<(script|img|iframe|svg|style|a href="(?!https?:)[^"]*")/i);
    expect(out).not.toMatch(/<[a-z]+[^>]*\son[a-z]+=/i);
    for (const href of out.matchAll(/href="([^"]*)"/g)) expect(href[1]).toMatch(/^https?:\/\//);
  });
});
