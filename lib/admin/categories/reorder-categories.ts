import "server-only";
import { assertAdmin, type AdminActor } from "@/lib/admin/guard";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";

/** Puts the categories in the given order. The list must name every category exactly once. */
export async function reorderCategories(actor: AdminActor, categoryIds: string[]) {
  assertAdmin(actor);
  await db.$transaction(async (tx) => {
    const current = await tx.category.findMany({ orderBy: [{ position: "asc" }, { name: "asc" }], select: { id: true, slug: true } });
    const known = new Set(current.map((c) => c.id));
    if (new Set(categoryIds).size !== categoryIds.length || categoryIds.length !== known.size || !categoryIds.every((id) => known.has(id))) {
      throw new AppError("conflict", "The categories changed meanwhile: reload the page and try again.");
    }
    const slugs = new Map(current.map((c) => [c.id, c.slug]));
    for (const [position, id] of categoryIds.entries()) {
      await tx.category.update({ where: { id }, data: { position } });
    }
    await recordAudit(tx, actor, "category.reorder", { type: "category", id: categoryIds[0]! }, {
      label: "All categories",
      before: { order: current.map((c) => c.slug) },
      after: { order: categoryIds.map((id) => slugs.get(id)) },
    });
  });
}
