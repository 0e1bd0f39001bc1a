import "server-only";
import type { Actor } from "@/lib/access/conversation";
import { db } from "@/lib/db";
import { forbidden, notFound } from "@/lib/errors";
import { publication } from "@/lib/realtime/server";
import { announceThreadChange } from "@/lib/threads/announce";
import { threadToManage } from "@/lib/threads/manage-access";
import { leaveThread } from "@/lib/threads/leave-thread";
import type { RemoveParticipantInput } from "@/lib/zod/threads";

/**
 * Removes someone from a group (removing yourself is leaving). Nobody removes the group's
 * creator. Their open pages of it leave at once (`thread.ended`); the others' headers follow.
 */
export async function removeParticipant(actor: Actor, input: RemoveParticipantInput): Promise<{ removed: string }> {
  if (input.userId === actor.id) {
    await leaveThread(actor, { threadId: input.threadId });
    return { removed: actor.id };
  }
  const thread = await threadToManage(actor, input.threadId);
  if (!thread.participantIds.includes(input.userId)) throw notFound("Person");
  if (input.userId === thread.createdById) throw forbidden("The person who started this group can't be removed from it.");
  await db.threadParticipant.deleteMany({ where: { threadId: thread.id, userId: input.userId } });
  announceThreadChange(thread.id, [
    publication("user", input.userId, "thread.ended", { threadId: thread.id, conversationId: thread.conversationId, reason: "removed" }),
  ]);
  return { removed: input.userId };
}
