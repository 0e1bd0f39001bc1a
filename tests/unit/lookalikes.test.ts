import { describe, expect, it } from "vitest";
import { nameSkeleton, staffLookalikes } from "@/lib/members/lookalikes";

describe("display names that imitate staff", () => {
  it("fold confusable letters, case, accents and invisible characters to one skeleton", () => {
    const alice = nameSkeleton("Alice Smith");
    for (const imitation of ["ALICE SMITH", "\u0410lice Smith", "a1ice smith", "Alice\u200b Smith", "Alice Smíth", "Alice  Smith", "Alice Srnith"]) {
      expect(nameSkeleton(imitation), imitation).toBe(alice);
    }
    expect(nameSkeleton("Alicia Smith")).not.toBe(alice);
    expect(nameSkeleton("B0b")).toBe(nameSkeleton("bob"));
  });

  it("flag members, never staff, whose name looks like a staff member's", () => {
    const flagged = staffLookalikes([
      { id: "owner", fullName: "Alice Smith", role: "OWNER" },
      { id: "mod", fullName: "Bob", role: "MODERATOR" },
      { id: "mod2", fullName: "B0B", role: "MODERATOR" },
      { id: "eve", fullName: "\u0410lice Smith", role: "MEMBER" },
      { id: "mallory", fullName: "b\u043eb", role: "MEMBER" }, // Cyrillic o
      { id: "carol", fullName: "Carol", role: "MEMBER" },
      { id: "alicia", fullName: "Alicia Smith", role: "MEMBER" },
    ]);
    expect([...flagged].sort()).toEqual(["eve", "mallory"]);
  });
});
