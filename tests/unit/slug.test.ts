import { describe, expect, it } from "vitest";
import { firstFreeSlug, MAX_SLUG_LENGTH, RESERVED_SLUGS, slugify } from "@/lib/slug";

describe("slugify", () => {
  it.each([
    ["My Server", "my-server"],
    ["  Next.js   Builders!! ", "next-js-builders"],
    ["Café Déjà Vu", "cafe-deja-vu"],
    ["Ærøskøbing Straße", "aeroskobing-strasse"],
    ["Москва чат", "moskva-chat"],
    ["東京 ゲーム", "dong-jing-gemu"],
    ["서울 개발자", "seoul-gaebalja"],
    ["Ελληνικά", "ellinika"],
    ["Tiếng Việt", "tieng-viet"],
    ["Rock 'n' Roll", "rock-n-roll"],
    ["ＦＵＬＬ　ＷＩＤＴＨ", "full-width"],
  ])("%s → %s", (name, slug) => {
    expect(slugify(name, "server")).toBe(slug);
  });

  it("falls back when nothing usable is left", () => {
    expect(slugify("🎮🎮🎮", "server")).toBe("server");
    expect(slugify("!!!", "channel")).toBe("channel");
  });

  it("always gives a valid, bounded slug", () => {
    for (const name of ["a".repeat(200), "word ".repeat(40), "日本語".repeat(30), "x-".repeat(60)]) {
      const slug = slugify(name, "server");
      expect(slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(slug.length).toBeLessThanOrEqual(MAX_SLUG_LENGTH);
    }
  });
});

describe("firstFreeSlug", () => {
  it("takes the base when free, then -2, -3…", () => {
    expect(firstFreeSlug("my-server", [])).toBe("my-server");
    expect(firstFreeSlug("my-server", ["my-server"])).toBe("my-server-2");
    expect(firstFreeSlug("my-server", ["my-server", "my-server-2", "my-server-3"])).toBe("my-server-4");
    expect(firstFreeSlug("my-server", ["my-server", "my-server-3"])).toBe("my-server-2");
  });

  it.each(["new", "settings", "admin", "explore", "api", "members", "invite"])("avoids the reserved word %s", (word) => {
    expect(RESERVED_SLUGS.has(word)).toBe(true);
    expect(firstFreeSlug(word, [])).toBe(`${word}-2`);
  });

  it("keeps suffixed slugs within the length limit", () => {
    const base = "a".repeat(MAX_SLUG_LENGTH);
    const slug = firstFreeSlug(base, [base]);
    expect(slug).toBe(`${"a".repeat(MAX_SLUG_LENGTH - 2)}-2`);
  });
});
