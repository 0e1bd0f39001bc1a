import { can, requireServer, type Actor } from "@/lib/access/server";
import { db } from "@/lib/db";

/** Deletes a server with its channels, their messages, members and invites (owner or admin). */
export async function deleteServer(actor: Actor, input: { serverId: string }) {
  const { server } = await requireServer(actor, input.serverId, can.manage, "Only the owner can delete this server.");
  // Channels point at their conversations, so deleting the server alone would orphan the messages.
  await db.$transaction([
    db.conversation.deleteMany({ where: { channel: { serverId: server.id } } }),
    db.server.delete({ where: { id: server.id } }),
  ]);
  return { id: server.id, slug: server.slug, name: server.name };
}
