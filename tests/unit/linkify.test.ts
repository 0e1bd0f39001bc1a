import { describe, expect, it } from "vitest";
import { linkify } from "@/lib/messages/linkify";

describe("linkify", () => {
  it("leaves plain text alone", () => {
    expect(linkify("hello <b>world</b>")).toEqual([{ kind: "text", text: "hello <b>world</b>" }]);
  });

  it("turns http(s) URLs into links and keeps the text around them", () => {
    expect(linkify("docs: https://nextjs.org/docs, and http://example.com/a?b=1#c.")).toEqual([
      { kind: "text", text: "docs: " },
      { kind: "link", text: "https://nextjs.org/docs", href: "https://nextjs.org/docs" },
      { kind: "text", text: ", and " },
      { kind: "link", text: "http://example.com/a?b=1#c", href: "http://example.com/a?b=1#c" },
      { kind: "text", text: "." },
    ]);
  });

  it("keeps parentheses that belong to the URL, drops those around it", () => {
    expect(linkify("(see https://en.wikipedia.org/wiki/Rust_(language))")).toEqual([
      { kind: "text", text: "(see " },
      { kind: "link", text: "https://en.wikipedia.org/wiki/Rust_(language)", href: "https://en.wikipedia.org/wiki/Rust_(language)" },
      { kind: "text", text: ")" },
    ]);
  });

  it("never links other schemes", () => {
    for (const text of ["javascript:alert(1)", "data:text/html,<script>alert(1)</script>", "vbscript:msgbox", "ftp://x.org", "JaVaScRiPt:alert(1)"]) {
      expect(linkify(text).every((s) => s.kind === "text")).toBe(true);
    }
  });

  it("stops a URL at quotes and angle brackets", () => {
    const segments = linkify(`<a href="https://evil.test/x">`);
    expect(segments.find((s) => s.kind === "link")).toMatchObject({ href: "https://evil.test/x" });
  });

  it("skips what only looks like a URL", () => {
    expect(linkify("http://")).toEqual([{ kind: "text", text: "http://" }]);
  });
});
