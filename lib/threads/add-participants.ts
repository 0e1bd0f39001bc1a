import "server-only";
import type { Actor } from "@/lib/access/conversation";
import { assertNotBlockedBy } from "@/lib/blocks/blocks";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { THREAD_MAX_PARTICIPANTS } from "@/lib/messages/limits";
import { publication } from "@/lib/realtime/server";
import { requestedRecipients } from "@/lib/requests/reach";
import { announceThreadChange } from "@/lib/threads/announce";
import { threadToManage } from "@/lib/threads/manage-access";
import { requireReachable } from "@/lib/threads/open-thread";
import type { AddParticipantsInput } from "@/lib/zod/threads";

/**
 * Adds people to a group (those already in it are skipped). As when starting one: they must be
 * active and verified, none may have blocked the actor or take new threads from nobody, and those
 * their settings say so get the group as a message request. In a group whose history starts at
 * joining, each reads from the next message on; everyone added starts read up to now (no
 * backlog of unread). The conversation's row is locked, so no message lands between reading its
 * head and the join.
 */
export async function addParticipants(actor: Actor, input: AddParticipantsInput): Promise<{ added: string[] }> {
  const thread = await threadToManage(actor, input.threadId);
  const added = [...new Set(input.userIds)].filter((id) => !thread.participantIds.includes(id));
  if (added.length === 0) return { added };
  if (thread.participantIds.length + added.length > THREAD_MAX_PARTICIPANTS) {
    const message = `A thread holds at most ${THREAD_MAX_PARTICIPANTS} people.`;
    throw new AppError("validation", message, { userIds: message });
  }
  await assertNotBlockedBy(actor.id, added);
  await requireReachable(added);
  const requested = await requestedRecipients(actor.id, added);

  const lastSeq = await db.$transaction(async (tx) => {
    const [head] = await tx.$queryRaw<{ lastSeq: number }[]>`SELECT "lastSeq" FROM "Conversation" WHERE "id" = ${thread.conversationId} FOR UPDATE`;
    const seq = head?.lastSeq ?? 0;
    const visibleFromSeq = thread.history === "SINCE_JOIN" ? seq + 1 : 0;
    const { count } = await tx.threadParticipant.createMany({ data: added.map((userId) => ({ threadId: thread.id, userId, visibleFromSeq, status: requested.includes(userId) ? ("REQUESTED" as const) : ("ACCEPTED" as const) })), skipDuplicates: true });
    if (count !== added.length) throw new AppError("conflict", "Someone else changed this group just now: try again.");
    for (const userId of added) {
      await tx.$executeRaw`
        INSERT INTO "Receipt" ("conversationId", "userId", "deliveredSeq", "readSeq", "updatedAt") VALUES (${thread.conversationId}, ${userId}, ${seq}, ${seq}, now())
        ON CONFLICT ("conversationId", "userId") DO UPDATE SET "deliveredSeq" = GREATEST("Receipt"."deliveredSeq", ${seq}), "readSeq" = GREATEST("Receipt"."readSeq", ${seq}), "updatedAt" = now()`;
    }
    return seq;
  });
  // Their thread lists pick the group up (read up to now: no unread badge); requests lists the request.
  announceThreadChange(
    thread.id,
    added.map((userId) =>
      requested.includes(userId)
        ? publication("user", userId, "requests.changed", {})
        : publication("user", userId, "conversation.activity", { conversationId: thread.conversationId, lastSeq, authorId: null }),
    ),
  );
  return { added };
}
