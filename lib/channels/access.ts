import "server-only";
import { can, requireServer, type Actor } from "@/lib/access/server";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";

/** A channel the actor may manage (server owner, moderator or admin); 404 when they can't see it. */
export async function requireManagedChannel(actor: Actor, channelId: string) {
  const channel = await db.channel.findUnique({
    where: { id: channelId },
    select: { id: true, serverId: true, name: true, slug: true, topic: true, conversationId: true },
  });
  if (!channel) throw notFound("Channel");
  const access = await requireServer(actor, channel.serverId, can.moderate, "Only the owner and moderators can manage channels.");
  return { channel, access };
}
