import type { z } from "zod";
import { can, requireServer, type Actor } from "@/lib/access/server";
import { db } from "@/lib/db";
import { fieldError } from "@/lib/errors";
import { resolveIcon } from "@/lib/servers/icon";
import { releaseUpload } from "@/lib/uploads/release";
import type { updateServerSchema } from "@/lib/zod/servers";

/** Edits a server's profile (owner or platform admin). The slug stays: links to it keep working. */
export async function updateServer(actor: Actor, input: z.output<typeof updateServerSchema>) {
  await requireServer(actor, input.serverId, can.manage, "Only the owner can edit this server.");
  const category = await db.category.findUnique({ where: { id: input.categoryId }, select: { id: true } });
  if (!category) throw fieldError("categoryId", "Choose a category");
  const icon = await resolveIcon(actor, input);
  const iconChange = icon ? { icon } : input.removeIcon ? { icon: null } : {};
  return db.$transaction(async (tx) => {
    const previous = await tx.server.findUniqueOrThrow({ where: { id: input.serverId }, select: { icon: true } });
    const updated = await tx.server.update({
      where: { id: input.serverId },
      data: { name: input.name, description: input.description, categoryId: category.id, visibility: input.visibility, ...iconChange },
      select: { id: true, slug: true, name: true, icon: true },
    });
    if (updated.icon !== previous.icon) await releaseUpload(previous.icon, tx);
    return { id: updated.id, slug: updated.slug, name: updated.name };
  });
}
