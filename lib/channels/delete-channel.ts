import "server-only";
import type { Actor } from "@/lib/access/server";
import { requireManagedChannel } from "@/lib/channels/access";
import type { AuditHook } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { lockServer } from "@/lib/servers/lock";

/** Deletes a channel and its messages. A server always keeps at least one channel. */
export async function deleteChannel(actor: Actor, input: { channelId: string }, hooks: AuditHook = {}) {
  const { channel } = await requireManagedChannel(actor, input.channelId);
  await db.$transaction(async (tx) => {
    await lockServer(tx, channel.serverId); // two deletes at once must not both pass the check
    if ((await tx.channel.count({ where: { serverId: channel.serverId } })) <= 1) {
      throw new AppError("conflict", "A server needs at least one channel: add another before deleting this one.");
    }
    // The conversation owns the messages; deleting it removes the channel too (cascade).
    await tx.conversation.delete({ where: { id: channel.conversationId } });
    await hooks.audit?.(tx);
  });
  return { id: channel.id, serverId: channel.serverId };
}
