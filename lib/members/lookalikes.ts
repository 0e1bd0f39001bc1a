import unhomoglyph from "unhomoglyph";

// Display names made to pass for a staff member's: "Аlice" (Cyrillic А), "a1ice", "ALICE" with
// zero-width characters. Names are compared by their Unicode confusables skeleton (UTS #39,
// through unhomoglyph's table of Unicode's confusables.txt), case-folded, with accents,
// invisible characters and spacing dropped.

const DROPPED = /[\p{Default_Ignorable_Code_Point}\p{Cf}\p{White_Space}\p{M}]/gu;
const fold = (text: string) => text.normalize("NFD").replace(DROPPED, "").toLowerCase();

export function nameSkeleton(name: string): string {
  return fold(unhomoglyph(fold(name)));
}

type Member = { id: string; fullName: string; role: "OWNER" | "MODERATOR" | "MEMBER" };

/** The ids of members (not staff) whose display name looks the same as a staff member's. */
export function staffLookalikes(members: Member[]): Set<string> {
  const staff = new Set(members.filter((m) => m.role !== "MEMBER").map((m) => nameSkeleton(m.fullName)));
  return new Set(members.filter((m) => m.role === "MEMBER" && staff.has(nameSkeleton(m.fullName))).map((m) => m.id));
}
