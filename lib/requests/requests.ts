import "server-only";
import type { Actor } from "@/lib/access/conversation";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { publication, publishAfterResponse } from "@/lib/realtime/server";
import { threadTitle } from "@/lib/threads/title";
import type { MessageRequestInput } from "@/lib/zod/message-requests";

// Message requests: threads someone received as a request (their ThreadParticipant.status is
// REQUESTED) that have at least one message. They stay out of the thread list, unread counts and
// notifications until accepted; ignoring one hides it for good, and its sender is never told.

const pending = (userId: string) => ({ userId, status: "REQUESTED" as const, thread: { conversation: { lastSeq: { gt: 0 } } } });

/** How many message requests wait for `userId`. */
export function countMessageRequests(userId: string): Promise<number> {
  return db.threadParticipant.count({ where: pending(userId) });
}

/** The message requests waiting for `userId`, newest message first, with who sent them and the last message. */
export async function listMessageRequests(userId: string) {
  const rows = await db.threadParticipant.findMany({
    where: pending(userId),
    orderBy: [{ thread: { conversation: { lastMessageAt: { sort: "desc", nulls: "last" } } } }, { joinedAt: "desc" }],
    take: 100,
    select: {
      visibleFromSeq: true,
      thread: {
        select: {
          id: true,
          title: true,
          conversationId: true,
          conversation: {
            select: {
              lastMessageAt: true,
              messages: {
                where: { deletedAt: null, hiddenFor: { none: { userId } } },
                orderBy: { seq: "desc" },
                take: 1,
                select: { seq: true, body: true, author: { select: { fullName: true } } },
              },
            },
          },
          participants: {
            where: { userId: { not: userId } },
            take: 4,
            orderBy: { joinedAt: "asc" },
            select: { user: { select: { id: true, username: true, fullName: true, image: true } } },
          },
        },
      },
    },
  });
  return rows.map(({ thread, visibleFromSeq }) => {
    const others = thread.participants.map((p) => p.user);
    // Added to a group that hides its past: no preview of what came before them.
    const last = thread.conversation.messages.find((m) => m.seq >= visibleFromSeq);
    return {
      threadId: thread.id,
      conversationId: thread.conversationId,
      title: threadTitle(thread.title, others),
      others,
      lastMessageAt: thread.conversation.lastMessageAt,
      lastMessage: last ? { body: last.body, author: last.author?.fullName ?? null } : null,
    };
  });
}

export type MessageRequest = Awaited<ReturnType<typeof listMessageRequests>>[number];

/**
 * Accepts a message request (or a request the actor ignored before): the thread becomes an
 * ordinary one, read up to now. Anything but the actor's own request is "not found".
 */
export async function acceptMessageRequest(actor: Actor, { threadId }: MessageRequestInput): Promise<{ threadId: string }> {
  const conversationId = await ownRequest(actor, threadId);
  const lastSeq = await db.$transaction(async (tx) => {
    await tx.threadParticipant.update({ where: { threadId_userId: { threadId, userId: actor.id } }, data: { status: "ACCEPTED" } });
    const { lastSeq: seq } = await tx.conversation.findUniqueOrThrow({ where: { id: conversationId }, select: { lastSeq: true } });
    await tx.$executeRaw`
      INSERT INTO "Receipt" ("conversationId", "userId", "deliveredSeq", "readSeq", "updatedAt") VALUES (${conversationId}, ${actor.id}, ${seq}, ${seq}, now())
      ON CONFLICT ("conversationId", "userId") DO UPDATE SET "deliveredSeq" = GREATEST("Receipt"."deliveredSeq", ${seq}), "readSeq" = GREATEST("Receipt"."readSeq", ${seq}), "updatedAt" = now()`;
    return seq;
  });
  publishAfterResponse([
    publication("user", actor.id, "requests.changed", {}),
    publication("user", actor.id, "conversation.activity", { conversationId, lastSeq, authorId: null }),
    publication("conversation", conversationId, "receipts.updated", { conversationId, receipts: [{ userId: actor.id, deliveredSeq: lastSeq, readSeq: lastSeq }] }),
  ]);
  return { threadId };
}

/** Ignores a message request: it leaves the actor's requests (their thread list never had it); its sender is not told. */
export async function ignoreMessageRequest(actor: Actor, { threadId }: MessageRequestInput): Promise<void> {
  await ownRequest(actor, threadId);
  await db.threadParticipant.update({ where: { threadId_userId: { threadId, userId: actor.id } }, data: { status: "IGNORED" } });
  publishAfterResponse([publication("user", actor.id, "requests.changed", {})]);
}

/** Ignores the requests `blockedId` sent the actor in one-to-one threads (blocking someone drops their request). */
export async function ignoreRequestsFrom(actorId: string, blockedId: string): Promise<void> {
  const { count } = await db.threadParticipant.updateMany({
    where: { userId: actorId, status: "REQUESTED", thread: { directKey: { not: null }, participants: { some: { userId: blockedId } } } },
    data: { status: "IGNORED" },
  });
  if (count > 0) publishAfterResponse([publication("user", actorId, "requests.changed", {})]);
}

/** The conversation of a thread the actor has as a request (waiting or ignored), else "not found". */
async function ownRequest(actor: Actor, threadId: string): Promise<string> {
  const row = await db.threadParticipant.findFirst({
    where: { threadId, userId: actor.id, status: { not: "ACCEPTED" } },
    select: { thread: { select: { conversationId: true } } },
  });
  if (!row) throw notFound("Message request");
  return row.thread.conversationId;
}
