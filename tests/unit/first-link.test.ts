import { describe, expect, it } from "vitest";
import { firstLink } from "@/lib/links/first-link";

describe("firstLink (which link gets a preview)", () => {
  it("is the first http(s) link shown as a link", () => {
    expect(firstLink("see https://a.example/x, then http://b.example")).toBe("https://a.example/x");
    expect(firstLink("(https://en.wikipedia.org/wiki/Foo_(bar))")).toBe("https://en.wikipedia.org/wiki/Foo_(bar)");
    expect(firstLink("no links here")).toBeNull();
  });

  it("skips links in code and behind spoilers, and anything not http(s)", () => {
    expect(firstLink("`https://code.example` and https://real.example")).toBe("https://real.example/");
    expect(firstLink("```\nhttps://fenced.example\n```\nhttps://after.example")).toBe("https://after.example/");
    expect(firstLink("||https://spoiler.example|| https://shown.example")).toBe("https://shown.example/");
    expect(firstLink("```unclosed https://fenced.example")).toBeNull();
    expect(firstLink("javascript:alert(1) ftp://files.example data:text/html,x")).toBeNull();
  });
});
