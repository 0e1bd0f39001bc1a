import "server-only";
import { conversationAccess } from "@/lib/access/conversation";
import { can, requireServer, type Actor } from "@/lib/access/server";
import { db } from "@/lib/db";
import { forbidden, notFound } from "@/lib/errors";

/**
 * A channel the actor may manage (server owner, moderator or admin). 404 when they can't see it —
 * the server, or a private channel they may not read — and 403 when they can but may not manage it.
 */
export async function requireManagedChannel(actor: Actor, channelId: string) {
  const channel = await db.channel.findUnique({
    where: { id: channelId },
    select: { id: true, serverId: true, name: true, slug: true, topic: true, private: true, conversationId: true },
  });
  if (!channel) throw notFound("Channel");
  const access = await requireServer(actor, channel.serverId, () => true);
  if (!can.moderate(access)) {
    if (channel.private && !(await conversationAccess(actor, channel.conversationId))) throw notFound("Channel");
    throw forbidden("Only the owner and moderators can manage channels.");
  }
  return { channel, access };
}
