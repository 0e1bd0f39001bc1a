import "server-only";
import type { Prisma } from "@/lib/db";
import { fieldError } from "@/lib/errors";

/** Category names (case-insensitive) and slugs are unique: say which field clashes. */
export async function assertCategoryUnique(tx: Prisma.TransactionClient, name: string, slug: string, exceptId?: string) {
  const not = exceptId ? { id: { not: exceptId } } : {};
  if (await tx.category.findFirst({ where: { name: { equals: name, mode: "insensitive" }, ...not }, select: { id: true } })) {
    throw fieldError("name", "A category with this name already exists");
  }
  if (await tx.category.findFirst({ where: { slug, ...not }, select: { id: true } })) {
    throw fieldError("slug", "Another category uses this slug");
  }
}
