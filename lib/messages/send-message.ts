import type { Actor } from "@/lib/access/conversation";
import { isUniqueViolation } from "@/lib/admin/unique-violation";
import { db } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import { postableConversation } from "@/lib/messages/access";
import { messageSelect, toPayload } from "@/lib/messages/payload";
import { fitsInEvent, type MessagePayload } from "@/lib/realtime/catalogue";
import { publication, publishAll } from "@/lib/realtime/server";
import type { sendMessageSchema } from "@/lib/zod/messages";
import type { z } from "zod";
import { Prisma } from "@/generated/prisma/client";

type SendMessage = z.output<typeof sendMessageSchema>;

/**
 * Stores a message and announces it. The conversation's counter is incremented in the same
 * transaction as the insert: the row lock orders concurrent senders, so `seq` is gapless and
 * messages commit in `seq` order (Conversation.lastMessageAt moves with it, and a database trigger
 * carries it to Server.lastActivityAt). Idempotent on (author, clientId): a retried send gets back the
 * message stored the first time. Realtime delivery happens after the commit and is best effort;
 * clients catch up from the database after any gap.
 */
export async function sendMessage(actor: Actor, input: SendMessage): Promise<MessagePayload> {
  const earlier = await storedSend(actor.id, input);
  if (earlier) return earlier;

  const access = await postableConversation(actor, input.conversationId);
  let message: MessagePayload;
  try {
    message = await db.$transaction(async (tx) => {
      const now = new Date();
      const { lastSeq } = await tx.conversation.update({
        where: { id: input.conversationId },
        data: { lastSeq: { increment: 1 }, lastMessageAt: now },
        select: { lastSeq: true },
      });
      const row = await tx.message.create({
        data: { conversationId: input.conversationId, seq: lastSeq, authorId: actor.id, clientId: input.clientId, body: input.body, createdAt: now },
        select: messageSelect,
      });
      return toPayload(row);
    });
  } catch (error) {
    // The same send racing itself (a double submit): the loser gets the winner's message.
    if (isUniqueViolation(error)) {
      const winner = await storedSend(actor.id, input);
      if (winner) return winner;
    }
    if (isMissingRecord(error)) throw notFound("Conversation");
    throw error;
  }

  await announce(message, access.kind);
  return message;
}

async function storedSend(authorId: string, input: SendMessage): Promise<MessagePayload | null> {
  const row = await db.message.findUnique({ where: { authorId_clientId: { authorId, clientId: input.clientId } }, select: messageSelect });
  if (!row) return null;
  if (row.conversationId !== input.conversationId) {
    throw new AppError("conflict", "This message id was already used in another conversation. Send it again as a new message.");
  }
  return toPayload(row);
}

/** message.created to the conversation; in a thread also a nudge on each participant's own channel. */
async function announce(message: MessagePayload, kind: "channel" | "thread") {
  const { conversationId, seq } = message;
  const publications = [publication("conversation", conversationId, "message.created", createdEvent(message))];
  if (kind === "thread") {
    const participants = await db.threadParticipant.findMany({ where: { thread: { conversationId } }, select: { userId: true } });
    for (const { userId } of participants) {
      publications.push(publication("user", userId, "conversation.activity", { conversationId, lastSeq: seq }));
    }
  }
  await publishAll(publications);
}

/** The event for a new message: whole when it fits in one Pusher event, else without its body (clients fetch it). */
export function createdEvent(message: MessagePayload) {
  const whole = { message };
  return fitsInEvent(whole) ? whole : { message: { ...message, body: "" }, truncated: true as const };
}

function isMissingRecord(error: unknown) {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2025";
}
