import "server-only";
import { assertCategoryUnique } from "@/lib/admin/categories/check-unique";
import { assertAdmin, type AdminActor } from "@/lib/admin/guard";
import { isUniqueViolation } from "@/lib/db-errors";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { AppError, fieldError, notFound } from "@/lib/errors";

/** Renames a category and/or changes its slug. */
export async function updateCategory(actor: AdminActor, input: { categoryId: string; name: string; slug: string }) {
  assertAdmin(actor);
  try {
    await db.$transaction(async (tx) => {
      const category = await tx.category.findUnique({ where: { id: input.categoryId }, select: { id: true, name: true, slug: true } });
      if (!category) throw notFound("That category");
      if (category.name === input.name && category.slug === input.slug) throw new AppError("conflict", "Nothing changed.");
      await assertCategoryUnique(tx, input.name, input.slug, category.id);
      await tx.category.update({ where: { id: category.id }, data: { name: input.name, slug: input.slug } });
      await recordAudit(tx, actor, "category.update", { type: "category", id: category.id }, {
        label: input.name,
        before: { name: category.name, slug: category.slug },
        after: { name: input.name, slug: input.slug },
      });
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw fieldError("name", "A category with this name or slug was just created");
    throw error;
  }
}
