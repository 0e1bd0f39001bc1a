import "server-only";
import { channelOpenSql } from "@/lib/access/channel-read";

import type { Actor } from "@/lib/access/conversation";
import { serverAccess } from "@/lib/access/server";
import { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { forbidden, notFound } from "@/lib/errors";
import { readableMessage } from "@/lib/messages/access";
import { markReceipts } from "@/lib/messages/receipts";
import { publication, publishAfterResponse } from "@/lib/realtime/server";
import { upsertForward } from "@/lib/unread/receipt-sql";

// "Mark as read" for a conversation, a server and everything; "mark as unread from here". Each
// tells the user's other tabs through their own channel (one event, whatever was marked).

const END = 2_147_483_647; // past any seq: receipts are clamped to the conversation's last one

/** Everything in the conversation is read (others see the receipt move, as when reading it). */
export async function markConversationRead(actor: Actor, conversationId: string) {
  await markReceipts(actor, { conversationId, deliveredSeq: END, readSeq: END });
}

/** Every channel the actor may read in a server they are a member of is read. */
export async function markServerRead(actor: Actor, serverId: string) {
  const access = await serverAccess(actor, { id: serverId });
  if (!access?.role) throw notFound("Server");
  await db.$executeRaw`
    INSERT INTO "Receipt" ("conversationId", "userId", "deliveredSeq", "readSeq", "updatedAt")
    SELECT cv."id", ${actor.id}, cv."lastSeq", cv."lastSeq", now()
    FROM "ServerMember" m JOIN "Channel" ch ON ch."serverId" = m."serverId" JOIN "Conversation" cv ON cv."id" = ch."conversationId"
    WHERE m."serverId" = ${serverId} AND m."userId" = ${actor.id} AND ${channelOpenSql(Prisma.raw("ch"), Prisma.raw("m"))} AND cv."lastSeq" > 0
    ${upsertForward}`;
  publishAfterResponse([publication("user", actor.id, "unread.stale", {})]);
}

/**
 * Every channel the actor may read in the servers they are a member of, and every thread they are
 * in, is read (not their message requests: a receipt there would tell the sender).
 */
export async function markAllRead(actor: Actor) {
  await db.$executeRaw`
    INSERT INTO "Receipt" ("conversationId", "userId", "deliveredSeq", "readSeq", "updatedAt")
    SELECT cv."id", ${actor.id}, cv."lastSeq", cv."lastSeq", now()
    FROM "ServerMember" m JOIN "Channel" ch ON ch."serverId" = m."serverId" JOIN "Conversation" cv ON cv."id" = ch."conversationId"
    WHERE m."userId" = ${actor.id} AND NOT m."banned" AND ${channelOpenSql(Prisma.raw("ch"), Prisma.raw("m"))} AND cv."lastSeq" > 0
    UNION ALL
    SELECT cv."id", ${actor.id}, cv."lastSeq", cv."lastSeq", now()
    FROM "ThreadParticipant" p JOIN "Thread" t ON t."id" = p."threadId" JOIN "Conversation" cv ON cv."id" = t."conversationId"
    WHERE p."userId" = ${actor.id} AND p."status" = 'ACCEPTED' AND cv."lastSeq" > 0
    ${upsertForward}`;
  publishAfterResponse([publication("user", actor.id, "unread.stale", {})]);
}

/** The message and everything after it become unread for the actor (the read mark moves back). */
export async function markUnreadFrom(actor: Actor, messageId: string) {
  const { message, access } = await readableMessage(actor, messageId);
  if (access.requested) throw forbidden("Accept this message request first.");
  const readSeq = message.seq - 1;
  await db.receipt.upsert({
    where: { conversationId_userId: { conversationId: message.conversationId, userId: actor.id } },
    create: { conversationId: message.conversationId, userId: actor.id, deliveredSeq: message.seq, readSeq },
    update: { readSeq },
  });
  publishAfterResponse([publication("user", actor.id, "read.updated", { conversationId: message.conversationId, readSeq })]);
  return { conversationId: message.conversationId, readSeq };
}
