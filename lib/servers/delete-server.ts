import { can, requireServer, type Actor } from "@/lib/access/server";
import type { AuditHook } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { releaseUpload } from "@/lib/uploads/release";

/** Deletes a server with its channels, their messages, members and invites (owner or admin). */
export async function deleteServer(actor: Actor, input: { serverId: string }, hooks: AuditHook = {}) {
  const { server } = await requireServer(actor, input.serverId, can.manage, "Only the owner can delete this server.");
  // Channels point at their conversations, so deleting the server alone would orphan the messages.
  await db.$transaction(async (tx) => {
    await tx.conversation.deleteMany({ where: { channel: { serverId: server.id } } });
    const { icon } = await tx.server.delete({ where: { id: server.id }, select: { icon: true } });
    await releaseUpload(icon, tx);
    await hooks.audit?.(tx);
  });
  return { id: server.id, slug: server.slug, name: server.name };
}
