import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { requireVerified, verifyFirst } from "@/lib/access/verified";

// "Verify your email address first" has one wording, written in one place (lib/access/verified.ts):
// the server's refusal and every notice in the app say it the same way.

const root = path.resolve(import.meta.dirname, "../..");

function sources(dir: string): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name))
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)));
}

describe("the verify-your-email-first refusal", () => {
  it("is the refusal every gated action gives", () => {
    expect(() => requireVerified({ emailVerifiedAt: null })).toThrow(verifyFirst());
    expect(() => requireVerified({ emailVerifiedAt: new Date() })).not.toThrow();
    expect(verifyFirst("post")).toBe("Verify your email address to post: follow the link we emailed you, or ask for a new one.");
  });

  it("is written nowhere else", () => {
    const own = path.join("lib", "access", "verified.ts");
    const copies = ["app", "components", "lib"]
      .flatMap(sources)
      .filter((file) => file !== own && /verify your (email )?address (first|to )|check your inbox for the link/i.test(readFileSync(path.join(root, file), "utf8")));
    expect(copies).toEqual([]);
  });
});
