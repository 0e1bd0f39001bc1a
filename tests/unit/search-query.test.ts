import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { hasCriteria, isValidDate, parseQuery } from "@/lib/search/parse-query";
import { toSnippet } from "@/lib/search/snippet";

describe("parseQuery", () => {
  it("reads words, phrases, exclusions and filters", () => {
    expect(parseQuery('Deploy "release notes" -draft from:@Ann in:#general has:link after:2026-01-31 before:2026-03-01')).toEqual({
      words: ["deploy"],
      phrases: ["release notes"],
      excluded: ["draft"],
      filters: { from: "ann", inChannel: "general", hasLink: true, after: "2026-01-31", before: "2026-03-01" },
      hints: [],
    });
    expect(parseQuery("in:next-js-builders in:@bob on:2026-12-03 mentions:me").filters).toEqual({
      inServer: "next-js-builders",
      inThreadWith: "bob",
      on: "2026-12-03",
      mentionsMe: true,
    });
  });

  it("matches the word being typed as a prefix, not one followed by a space or a quote", () => {
    expect(parseQuery("deploy rel", { typing: true })).toMatchObject({ words: ["deploy"], prefix: "rel" });
    expect(parseQuery("deploy rel ", { typing: true })).toMatchObject({ words: ["deploy", "rel"] });
    expect(parseQuery("deploy rel").prefix).toBeUndefined();
    expect(parseQuery('"deploy rel', { typing: true })).toMatchObject({ phrases: ["deploy rel"], words: [] });
    expect(parseQuery("deploy from:@a", { typing: true }).prefix).toBeUndefined();
  });

  it("turns what it can't read into hints", () => {
    expect(parseQuery("x from:").hints).toEqual(["from: takes a username, like from:@ann"]);
    expect(parseQuery("x has:pdf").hints).toEqual(["has: takes link or file (has:link, has:file)"]);
    expect(parseQuery("x in:!!").hints).toEqual(["in: takes #channel, a server's address name, or @username"]);
    expect(parseQuery("x on:2026-02-29").hints).toEqual(["on: takes a date like on:2026-03-14"]);
    expect(parseQuery("x on:2026-02-01 before:2026-03-01").hints).toEqual(["on: can't be combined with before: or after:"]);
    expect(parseQuery("x after:2026-03-01 before:2026-03-01").hints).toEqual(["after: must be an earlier day than before:"]);
    expect(hasCriteria(parseQuery("-only ::: !!"))).toBe(false);
  });

  it("knows real calendar days", () => {
    expect(isValidDate("2024-02-29")).toBe(true);
    expect(isValidDate("2026-02-29")).toBe(false);
    expect(isValidDate("2026-13-01")).toBe(false);
    expect(isValidDate("26-01-01")).toBe(false);
  });

  it("never throws, and keeps its output bounded, whatever is typed", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 2000, unit: "binary" }), fc.boolean(), (q, typing) => {
        const parsed = parseQuery(q, { typing });
        expect(parsed.words.length + parsed.phrases.length + parsed.excluded.length + (parsed.prefix ? 1 : 0)).toBeLessThanOrEqual(12);
      }),
    );
  });
});

describe("toSnippet", () => {
  it("splits the database's marks into parts and restores angle brackets", () => {
    expect(toSnippet("the \uE002b\uE003\uE000harbour\uE001\uE002/b\uE003 lights")).toEqual([
      { text: "the <b>", hit: false },
      { text: "harbour", hit: true },
      { text: "</b> lights", hit: false },
    ]);
  });
});
