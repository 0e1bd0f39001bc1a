import "server-only";
import type { Actor } from "@/lib/access/conversation";
import { db } from "@/lib/db";
import { publication } from "@/lib/realtime/server";
import { announceThreadChange } from "@/lib/threads/announce";
import { groupThreadOf } from "@/lib/threads/manage-access";
import type { LeaveThreadInput } from "@/lib/zod/threads";

/**
 * Leaves a group (verified or not: leaving is always allowed). When its creator leaves, the
 * longest-standing participant becomes its creator; when the last person leaves, the group and
 * its messages are deleted. The actor's other tabs leave it too (`thread.ended`).
 */
export async function leaveThread(actor: Actor, input: LeaveThreadInput): Promise<{ left: true }> {
  const thread = await groupThreadOf(actor, input.threadId);
  const remaining = thread.participantIds.filter((id) => id !== actor.id);
  await db.$transaction(async (tx) => {
    await tx.threadParticipant.deleteMany({ where: { threadId: thread.id, userId: actor.id } });
    if (remaining.length === 0) {
      await tx.conversation.delete({ where: { id: thread.conversationId } });
    } else if (thread.createdById === actor.id) {
      await tx.thread.update({ where: { id: thread.id }, data: { createdById: remaining[0]! } });
    }
  });
  announceThreadChange(thread.id, [publication("user", actor.id, "thread.ended", { threadId: thread.id, conversationId: thread.conversationId, reason: "left" })]);
  return { left: true };
}
