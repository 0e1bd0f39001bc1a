import type { z } from "zod";
import { can, requireServer, type Actor } from "@/lib/access/server";
import { db } from "@/lib/db";
import { fieldError } from "@/lib/errors";
import { resolveIcon } from "@/lib/servers/icon";
import type { updateServerSchema } from "@/lib/zod/servers";

/** Edits a server's profile (owner or platform admin). The slug stays: links to it keep working. */
export async function updateServer(actor: Actor, input: z.output<typeof updateServerSchema>) {
  await requireServer(actor, input.serverId, can.manage, "Only the owner can edit this server.");
  const category = await db.category.findUnique({ where: { id: input.categoryId }, select: { id: true } });
  if (!category) throw fieldError("categoryId", "Choose a category");
  const icon = await resolveIcon(actor, input);
  return db.server.update({
    where: { id: input.serverId },
    data: {
      name: input.name,
      description: input.description,
      categoryId: category.id,
      visibility: input.visibility,
      ...(icon ? { icon } : input.removeIcon ? { icon: null } : {}),
    },
    select: { id: true, slug: true, name: true },
  });
}
