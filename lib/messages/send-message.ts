import type { Actor } from "@/lib/access/conversation";
import { isUniqueViolation } from "@/lib/admin/unique-violation";
import { db } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import { postableConversation } from "@/lib/messages/access";
import { messageSelect, toPayload } from "@/lib/messages/payload";
import { fitsInEvent, type MessagePayload } from "@/lib/realtime/catalogue";
import { checkRateLimit, rateLimited, refundRateLimit } from "@/lib/rate-limit";
import { publication, publishAll } from "@/lib/realtime/server";
import type { sendMessageSchema } from "@/lib/zod/messages";
import type { z } from "zod";

type SendMessage = z.output<typeof sendMessageSchema>;

/** Per user, across conversations: generous for people and chat bots, a wall for floods. */
export const SEND_LIMIT = { limit: 120, windowSeconds: 60 };

/**
 * Stores a message and announces it. One statement increments the conversation's counter and
 * inserts the message with the new value: the row lock orders concurrent senders for no longer
 * than that statement, so `seq` is gapless and messages commit in `seq` order
 * (Conversation.lastMessageAt moves with it, and a database trigger carries it to
 * Server.lastActivityAt). Idempotent on (author, clientId): a retried send gets back the message
 * stored the first time (and is not counted against the rate limit). Realtime delivery happens after the commit and is best effort; clients
 * catch up from the database after any gap.
 */
export async function sendMessage(actor: Actor, input: SendMessage): Promise<MessagePayload> {
  // The retry lookup, the access check and the rate-limit count don't depend on each other: one
  // round trip instead of three. Their answers are taken in that order, as if made one by one: a
  // retry gets its stored message whatever the others say, and a send that turns out to be a
  // retry or refused gets its count back.
  const limitKey = `send:user:${actor.id}`;
  const [earlier, allowed, limit] = await Promise.allSettled([
    storedSend(actor.id, input),
    postableConversation(actor, input.conversationId),
    checkRateLimit(limitKey, SEND_LIMIT),
  ]);
  if (earlier.status === "rejected" || earlier.value || allowed.status === "rejected") {
    if (limit.status === "fulfilled") await refundRateLimit(limitKey);
    if (earlier.status === "rejected") throw earlier.reason;
    if (earlier.value) return earlier.value;
    throw (allowed as PromiseRejectedResult).reason;
  }
  const access = allowed.value;
  if (limit.status === "rejected") throw limit.reason;
  if (!limit.value.allowed) throw rateLimited("You're sending messages too fast.", limit.value.retryAfterSeconds);
  let message: MessagePayload;
  try {
    const [row] = await insertNext(actor.id, input);
    if (!row) throw notFound("Conversation"); // deleted since the access check
    message = toPayload({ ...row, author: { id: row.authorId, username: row.username, fullName: row.fullName, image: row.image } });
  } catch (error) {
    // The same send racing itself (a double submit): the loser gets the winner's message.
    if (isUniqueViolation(error)) {
      const winner = await storedSend(actor.id, input);
      if (winner) return winner;
    }
    throw error;
  }

  await announce(message, access.kind);
  return message;
}

type InsertedRow = Omit<Parameters<typeof toPayload>[0], "author"> & { authorId: string; username: string; fullName: string; image: string | null };

function insertNext(authorId: string, { conversationId, clientId, body }: SendMessage) {
  const now = new Date();
  return db.$queryRaw<InsertedRow[]>`
    WITH bumped AS (
      UPDATE "Conversation" SET "lastSeq" = "lastSeq" + 1, "lastMessageAt" = ${now}
      WHERE "id" = ${conversationId}
      RETURNING "lastSeq"
    ), inserted AS (
      INSERT INTO "Message" ("id", "conversationId", "seq", "authorId", "clientId", "body", "createdAt", "updatedAt")
      SELECT ${newMessageId()}, ${conversationId}, bumped."lastSeq", ${authorId}, ${clientId}, ${body}, ${now}, ${now} FROM bumped
      RETURNING *
    )
    SELECT i."id", i."conversationId", i."seq", i."clientId", i."body", i."createdAt", i."editedAt", i."deletedAt",
      u."id" AS "authorId", u."username", u."fullName", u."image"
    FROM inserted i JOIN "User" u ON u."id" = i."authorId"`;
}

/** A collision-resistant, sortable-enough id in the same alphabet as the other ids (cuid-like). */
function newMessageId(): string {
  const random = Array.from(crypto.getRandomValues(new Uint8Array(12)), (b) => (b % 36).toString(36)).join("");
  return `m${Date.now().toString(36)}${random}`;
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
