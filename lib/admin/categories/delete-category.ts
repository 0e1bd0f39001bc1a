import "server-only";
import { assertAdmin, type AdminActor } from "@/lib/admin/guard";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { fieldError, notFound } from "@/lib/errors";

/**
 * Deletes a category. One that still holds servers needs `moveToId`: its servers move to that
 * category first, in the same transaction.
 */
export async function deleteCategory(actor: AdminActor, input: { categoryId: string; moveToId?: string }) {
  assertAdmin(actor);
  await db.$transaction(async (tx) => {
    const category = await tx.category.findUnique({
      where: { id: input.categoryId },
      select: { id: true, name: true, slug: true, _count: { select: { servers: true } } },
    });
    if (!category) throw notFound("That category");
    let movedTo: { id: string; name: string } | null = null;
    if (category._count.servers > 0) {
      if (!input.moveToId) throw fieldError("moveToId", `Choose where its ${category._count.servers} server(s) should go`);
      if (input.moveToId === category.id) throw fieldError("moveToId", "Choose a different category");
      movedTo = await tx.category.findUnique({ where: { id: input.moveToId }, select: { id: true, name: true } });
      if (!movedTo) throw fieldError("moveToId", "That category no longer exists");
      await tx.server.updateMany({ where: { categoryId: category.id }, data: { categoryId: movedTo.id } });
    }
    await tx.category.delete({ where: { id: category.id } });
    await recordAudit(tx, actor, "category.delete", { type: "category", id: category.id }, {
      label: category.name,
      before: { name: category.name, slug: category.slug, servers: category._count.servers },
      ...(movedTo ? { serversMovedTo: movedTo.name } : {}),
    });
  });
}
