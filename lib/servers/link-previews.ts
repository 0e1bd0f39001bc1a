import "server-only";
import { can, requireServer, type Actor } from "@/lib/access/server";
import { db } from "@/lib/db";
import type { SetLinkPreviewsInput } from "@/lib/zod/servers";

/**
 * Turns link previews on or off for new messages in the server's channels (owner or platform
 * admin). Previews already shown stay (their authors may remove them one by one).
 */
export async function setLinkPreviews(actor: Actor, input: SetLinkPreviewsInput) {
  const { server } = await requireServer(actor, input.serverId, can.manage, "Only the owner can turn link previews on or off.");
  await db.server.update({ where: { id: server.id }, data: { linkPreviews: input.enabled } });
  return { serverId: server.id, linkPreviews: input.enabled };
}
