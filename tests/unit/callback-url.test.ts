import { describe, expect, it } from "vitest";
import { safeCallbackUrl } from "@/lib/auth/callback-url";

describe("safeCallbackUrl", () => {
  it("keeps same-site paths with their query and hash", () => {
    expect(safeCallbackUrl("/s/demo/general?x=1#m5")).toBe("/s/demo/general?x=1#m5");
  });

  it.each([
    "https://evil.example/home",
    "//evil.example/home",
    "/\\evil.example",
    "javascript:alert(1)",
    "home",
    "",
    null,
    undefined,
  ])("refuses %s", (value) => {
    expect(safeCallbackUrl(value)).toBe("/home");
  });

  it("does not send a signed-in user back to the sign-in page", () => {
    expect(safeCallbackUrl("/signin?callbackUrl=/x")).toBe("/home");
  });
});
