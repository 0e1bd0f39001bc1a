import "server-only";
import { channelReadersWhere } from "@/lib/access/channel-read";
import type { Actor, ConversationAccess } from "@/lib/access/conversation";
import { assertNotBlockedInDirectThread } from "@/lib/blocks/blocks";
import { isUniqueViolation } from "@/lib/db-errors";
import { db, type Prisma } from "@/lib/db";
import { claimForSend } from "@/lib/files/attachments";
import { attachPreviewAfterResponse } from "@/lib/links/attach-preview";
import { AppError, forbidden, notFound } from "@/lib/errors";
import { postableConversation } from "@/lib/messages/access";
import { extractMentions } from "@/lib/messages/mentions";
import { messageSelect, toPayload, type MentionedPerson, type QuotedRow } from "@/lib/messages/payload";
import { takeSlowModeTurn } from "@/lib/moderation/slow-mode";
import { fitsInEvent, type MessagePayload } from "@/lib/realtime/catalogue";
import { checkRateLimit, rateLimited, refundRateLimit } from "@/lib/rate-limit";
import { pushNewMessage } from "@/lib/push/on-message";
import { publication, publishAfterResponse } from "@/lib/realtime/server";
import { channelActivity, ownReceipt, privateChannelActivity } from "@/lib/unread/on-send";
import type { SendMessageInput } from "@/lib/zod/messages";

/** Per user, across conversations: generous for people and chat bots, a wall for floods. */
export const SEND_LIMIT = { limit: 120, windowSeconds: 60 };

/**
 * Stores a message and announces it. One statement increments the conversation's counter and
 * inserts the message with the new value: the row lock orders concurrent senders for no longer
 * than that statement, so `seq` is gapless and messages commit in `seq` order
 * (Conversation.lastMessageAt moves with it, and a database trigger carries it to
 * Server.lastActivityAt). Idempotent on (author, clientId): a retried send gets back the message
 * stored the first time (and is not counted against the rate limit). The answer comes once the
 * message is committed; realtime delivery happens after the response and is best effort (clients
 * catch up from the database after any gap), so a slow or stopped realtime service never holds it.
 */
export async function sendMessage(actor: Actor, input: SendMessageInput): Promise<MessagePayload> {
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
  if (access.kind === "thread") await assertNotBlockedInDirectThread(actor.id, input.conversationId);
  if (limit.status === "rejected") throw limit.reason;
  if (!limit.value.allowed) throw rateLimited("You're sending messages too fast.", limit.value.retryAfterSeconds);
  let replyTo: QuotedRow | null = null;
  let mentioned: Mentioned;
  try {
    if (input.replyToId) replyTo = await quotedMessage(access, input.replyToId);
    mentioned = await mentionedIn(input.body, access);
  } catch (error) {
    await refundRateLimit(limitKey);
    throw error;
  }
  const attachments = await claimForSend(actor, input.conversationId, input.attachmentIds ?? []);
  const refundSlowMode = await takeSlowModeTurn(actor.id, access);
  let message: MessagePayload;
  let serverId: string | null;
  try {
    const { broadcast, people } = mentioned;
    const row =
      attachments.length > 0 ? await insertWithAttachments(actor.id, input, attachments.map((a) => a.id), broadcast) : (await insertNext(db, actor.id, input, broadcast))[0];
    if (!row) throw notFound("Conversation"); // deleted since the access check
    if (people.length > 0) await db.mention.createMany({ data: people.map((user) => ({ messageId: row.id, userId: user.id })), skipDuplicates: true });
    const author = { id: row.authorId, username: row.username, fullName: row.fullName, image: row.image };
    message = toPayload({ ...row, author, replyTo, attachments, broadcast, mentions: people.map((user) => ({ user })) });
    serverId = row.serverId;
  } catch (error) {
    // The same send racing itself (a double submit): the loser gets the winner's message.
    await refundSlowMode();
    if (isUniqueViolation(error)) {
      const winner = await storedSend(actor.id, input);
      if (winner) return winner;
    }
    throw error;
  }

  announce(message, access, serverId);
  pushNewMessage(message, access.kind);
  attachPreviewAfterResponse(message, serverId);
  return message;
}

type InsertedRow = Omit<Parameters<typeof toPayload>[0], "author"> & {
  authorId: string;
  username: string;
  fullName: string;
  image: string | null;
  serverId: string | null; // a channel's server; null in a thread
};

/**
 * The message a reply answers: it must be in the same conversation (anything else is "not found",
 * whether it exists or not, as is one from before the sender joined) and not deleted for everyone.
 * Deleted for the sender alone is fine.
 */
async function quotedMessage({ conversationId, visibleFromSeq }: ConversationAccess, messageId: string): Promise<QuotedRow> {
  const { replyTo } = messageSelect;
  const row = await db.message.findUnique({ where: { id: messageId }, select: { conversationId: true, ...replyTo.select } });
  if (!row || row.conversationId !== conversationId || row.seq < visibleFromSeq) throw new AppError("not_found", "The message you're replying to isn't in this conversation.");
  if (row.deletedAt) throw new AppError("conflict", "That message was deleted: it can't be replied to.");
  return row;
}

/**
 * The message and its files in one transaction: the files are claimed only if none was claimed
 * by another message meanwhile (a double submit with two client ids), else nothing is stored.
 */
function insertWithAttachments(authorId: string, input: SendMessageInput, ids: string[], broadcast: Broadcast) {
  return db.$transaction(async (tx) => {
    const [row] = await insertNext(tx, authorId, input, broadcast);
    if (!row) return undefined;
    const claimed = await tx.$executeRaw`
      UPDATE "Attachment" SET "messageId" = ${row.id}, "position" = array_position(${ids}::text[], "id") - 1
      WHERE "id" = ANY(${ids}::text[]) AND "messageId" IS NULL AND "uploaderId" = ${authorId}`;
    if (claimed !== ids.length) throw new AppError("conflict", "A file was sent with another message meanwhile. Remove it and attach it again.");
    return row;
  });
}

type Broadcast = "HERE" | "EVERYONE" | null;
type Mentioned = { people: MentionedPerson[]; broadcast: Broadcast };

/**
 * Who a message names: @usernames of people in the conversation (a channel's server members, a
 * thread's participants; other names stay text), and @here / @everyone, which in a channel only
 * its moderators and owner may use (refused for anyone else; in a thread they are just text).
 */
export async function mentionedIn(body: string, access: ConversationAccess): Promise<Mentioned> {
  const { usernames, broadcast } = extractMentions(body);
  let allowed: Broadcast = null;
  if (broadcast && access.kind === "channel") {
    if (!access.canModerate) throw forbidden(`Only moderators and the owner can notify @${broadcast} in a channel.`);
    allowed = broadcast === "here" ? "HERE" : "EVERYONE";
  }
  if (usernames.length === 0) return { people: [], broadcast: allowed };
  const inConversation =
    access.kind === "channel"
      ? channelReadersWhere(access.conversationId)
      : { threads: { some: { thread: { conversationId: access.conversationId } } } };
  const people = await db.user.findMany({ where: { username: { in: usernames }, ...inConversation }, select: { id: true, username: true, fullName: true, image: true } });
  return { people, broadcast: allowed };
}

function insertNext(client: Prisma.TransactionClient | typeof db, authorId: string, { conversationId, clientId, body, replyToId }: SendMessageInput, broadcast: Broadcast) {
  const now = new Date();
  return client.$queryRaw<InsertedRow[]>`
    WITH bumped AS (
      UPDATE "Conversation" SET "lastSeq" = "lastSeq" + 1, "lastMessageAt" = ${now}
      WHERE "id" = ${conversationId}
      RETURNING "lastSeq"
    ), inserted AS (
      INSERT INTO "Message" ("id", "conversationId", "seq", "authorId", "clientId", "body", "replyToId", "broadcast", "createdAt", "updatedAt")
      SELECT ${newMessageId()}, ${conversationId}, bumped."lastSeq", ${authorId}, ${clientId}, ${body}, ${replyToId ?? null}, ${broadcast}::"MentionBroadcast", ${now}, ${now} FROM bumped
      RETURNING *
    ), ${ownReceipt(authorId)}
    SELECT i."id", i."conversationId", i."seq", i."clientId", i."body", i."createdAt", i."editedAt", i."deletedAt",
      u."id" AS "authorId", u."username", u."fullName", u."image", ch."serverId"
    FROM inserted i JOIN "User" u ON u."id" = i."authorId" LEFT JOIN "Channel" ch ON ch."conversationId" = i."conversationId"`;
}

/** A collision-resistant, sortable-enough id in the same alphabet as the other ids (cuid-like). */
function newMessageId(): string {
  const random = Array.from(crypto.getRandomValues(new Uint8Array(12)), (b) => (b % 36).toString(36)).join("");
  return `m${Date.now().toString(36)}${random}`;
}

async function storedSend(authorId: string, input: SendMessageInput): Promise<MessagePayload | null> {
  const row = await db.message.findUnique({ where: { authorId_clientId: { authorId, clientId: input.clientId } }, select: messageSelect });
  if (!row) return null;
  if (row.conversationId !== input.conversationId) {
    throw new AppError("conflict", "This message id was already used in another conversation. Send it again as a new message.");
  }
  return toPayload(row);
}

/**
 * After the response, in one batch: message.created and the sender's moved receipt to the
 * conversation; in a thread also a nudge on each participant's own channel; in a server channel
 * one `channel.activity` for all of the server's members (unread state; a private channel's
 * readers get it on their own channels).
 */
function announce(message: MessagePayload, { kind, privateChannel, sharedFromSeq }: ConversationAccess, serverId: string | null) {
  publishAfterResponse(async () => {
    const { conversationId, seq } = message;
    const authorId = message.author?.id ?? null;
    const quotesHiddenPast = (message.replyTo?.seq ?? Infinity) < sharedFromSeq;
    const publications = [publication("conversation", conversationId, "message.created", quotesHiddenPast ? withheldEvent(message) : createdEvent(message))];
    // The send moved the sender's read mark (own_receipt): readers of the conversation see it as
    // they would a read, or a message of theirs read just before sending would never show "Seen".
    if (authorId) {
      publications.push(publication("conversation", conversationId, "receipts.updated", { conversationId, receipts: [{ userId: authorId, deliveredSeq: seq, readSeq: seq }] }));
    }
    // Someone with the thread as a message request (or ignored) gets no activity, badge or mention.
    const unaccepted = new Set<string>();
    if (kind === "thread") {
      const participants = await db.threadParticipant.findMany({ where: { thread: { conversationId } }, select: { userId: true, status: true } });
      for (const { userId, status } of participants) {
        if (status === "ACCEPTED") publications.push(publication("user", userId, "conversation.activity", { conversationId, lastSeq: seq, authorId }));
        else unaccepted.add(userId);
        if (status === "REQUESTED") publications.push(publication("user", userId, "requests.changed", {}));
      }
    }
    if (serverId) publications.push(...(privateChannel ? await privateChannelActivity(serverId, message) : [channelActivity(serverId, message)]));
    // One event per person named (never per member): their mention badge counts it at once.
    for (const person of message.mentions ?? []) {
      if (person.id !== authorId && !unaccepted.has(person.id)) publications.push(publication("user", person.id, "mention.created", { conversationId, seq, serverId }));
    }
    return publications;
  });
}

/** The event for a new message: whole when it fits in one Pusher event, else without its body (clients fetch it). */
export function createdEvent(message: MessagePayload) {
  const whole = { message };
  return fitsInEvent(whole) ? whole : { message: { ...message, body: "" }, truncated: true as const };
}

/**
 * The event for a message not everyone in the conversation may read whole (it is, or quotes, a
 * message from before someone joined a group that hides its past): no content at all, and each
 * client fetches the message through its own read, which shows it as that reader may see it.
 */
export function withheldEvent({ id, conversationId, seq, clientId, author, createdAt, editedAt, deletedAt }: MessagePayload) {
  return { message: { id, conversationId, seq, clientId, author, body: "", createdAt, editedAt, deletedAt }, truncated: true as const };
}
