import "server-only";
import { channelOpenSql } from "@/lib/access/channel-read";

import { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";

/** Unread messages of the row's conversation (cv, r) that mention the user: a probe of Mention by user. */
const unreadMentions = (userId: string) => Prisma.sql`(
      SELECT count(*) FROM "Mention" mn JOIN "Message" m ON m."id" = mn."messageId"
      WHERE mn."userId" = ${userId} AND m."conversationId" = cv."id" AND m."seq" > COALESCE(r."readSeq", 0) AND m."deletedAt" IS NULL)`;

/**
 * One conversation with messages past the user's read mark. `serverId` for a server channel,
 * `threadId` for a direct thread; `mentions` counts unread messages that mention the user.
 */
export type UnreadConversation = {
  conversationId: string;
  serverId: string | null;
  threadId: string | null;
  lastSeq: number;
  readSeq: number;
  mentions: number;
};

/**
 * The user's unread conversations: every channel they may read in the servers they are a member of,
 * and every direct thread they are in (message requests are not: they count nothing until
 * accepted), whose last seq is past their read mark. Computed from the counters
 * we keep (Conversation.lastSeq, Receipt.readSeq), never by counting messages: one index probe per
 * channel and thread, so it stays flat however many messages there are. Read conversations are
 * left out (the browser treats anything it isn't told about as read up to its last seq).
 */
export async function unreadSummary(userId: string): Promise<UnreadConversation[]> {
  const rows = await db.$queryRaw<UnreadConversation[]>`
    SELECT ch."conversationId", ch."serverId", NULL::text AS "threadId", cv."lastSeq", COALESCE(r."readSeq", 0) AS "readSeq", ${unreadMentions(userId)} AS "mentions"
    FROM "ServerMember" m
    JOIN "Channel" ch ON ch."serverId" = m."serverId"
    JOIN "Conversation" cv ON cv."id" = ch."conversationId"
    LEFT JOIN "Receipt" r ON r."conversationId" = cv."id" AND r."userId" = ${userId}
    WHERE m."userId" = ${userId} AND NOT m."banned" AND ${channelOpenSql(Prisma.raw("ch"), Prisma.raw("m"))} AND cv."lastSeq" > COALESCE(r."readSeq", 0)
    UNION ALL
    SELECT t."conversationId", NULL, t."id", cv."lastSeq", COALESCE(r."readSeq", 0), ${unreadMentions(userId)}
    FROM "ThreadParticipant" p
    JOIN "Thread" t ON t."id" = p."threadId"
    JOIN "Conversation" cv ON cv."id" = t."conversationId"
    LEFT JOIN "Receipt" r ON r."conversationId" = cv."id" AND r."userId" = ${userId}
    WHERE p."userId" = ${userId} AND p."status" = 'ACCEPTED' AND cv."lastSeq" > COALESCE(r."readSeq", 0)`;
  return rows.map((row) => ({ ...row, lastSeq: Number(row.lastSeq), readSeq: Number(row.readSeq), mentions: Number(row.mentions) }));
}
