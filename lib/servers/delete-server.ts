import "server-only";
import { can, requireServer, type Actor } from "@/lib/access/server";
import type { AuditHook } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { collectStorageGarbageAfterResponse } from "@/lib/files/garbage";
import { releaseUpload } from "@/lib/uploads/release";

/** Deletes a server with its channels, their messages, members and invites (owner or admin). */
export async function deleteServer(actor: Actor, input: { serverId: string }, hooks: AuditHook = {}) {
  const { server } = await requireServer(actor, input.serverId, can.manage, "Only the owner can delete this server.");
  // Channels point at their conversations, so deleting the server alone would orphan the messages:
  // they go right after it (server first: its room words change once, not once per channel too).
  await db.$transaction(async (tx) => {
    const channels = await tx.channel.findMany({ where: { serverId: server.id }, select: { conversationId: true } });
    const { icon } = await tx.server.delete({ where: { id: server.id }, select: { icon: true } });
    await tx.conversation.deleteMany({ where: { id: { in: channels.map((c) => c.conversationId) } } });
    await releaseUpload(icon, tx);
    await hooks.audit?.(tx);
  });
  collectStorageGarbageAfterResponse(); // its uploaded icon's object, its messages' files
  return { id: server.id, slug: server.slug, name: server.name };
}
