import "server-only";
import { assertCategoryUnique } from "@/lib/admin/categories/check-unique";
import { assertAdmin, type AdminActor } from "@/lib/admin/guard";
import { isUniqueViolation } from "@/lib/db-errors";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { fieldError } from "@/lib/errors";
import { slugify } from "@/lib/slug";

/** Adds a category at the end of the list. The slug defaults to one made from the name. */
export async function createCategory(actor: AdminActor, input: { name: string; slug?: string }) {
  assertAdmin(actor);
  const slug = input.slug ?? slugify(input.name, "");
  if (!slug) throw fieldError("slug", "Enter a slug: the name has no letters or digits to make one from");
  try {
    return await db.$transaction(async (tx) => {
      await assertCategoryUnique(tx, input.name, slug);
      const last = await tx.category.aggregate({ _max: { position: true } });
      const category = await tx.category.create({
        data: { name: input.name, slug, position: (last._max.position ?? -1) + 1 },
        select: { id: true, name: true, slug: true, position: true },
      });
      await recordAudit(tx, actor, "category.create", { type: "category", id: category.id }, {
        label: category.name,
        after: { name: category.name, slug: category.slug, position: category.position },
      });
      return category;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw fieldError("name", "A category with this name or slug was just created");
    throw error;
  }
}
