import type { Prisma } from "@/generated/prisma/client";

/** Prisma: people whose username starts with `q` or one of whose names starts with it (any letter case); everyone for an empty `q`. */
export function personMatch(q: string): Prisma.UserWhereInput {
  const term = q.replace(/^@/, "").toLowerCase();
  if (!term) return {};
  return { OR: [{ username: { startsWith: term } }, { fullName: { startsWith: term, mode: "insensitive" } }, { fullName: { contains: ` ${term}`, mode: "insensitive" } }] };
}
