import "server-only";
import { channelOpenSql } from "@/lib/access/channel-read";
import { cache } from "react";
import { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { seenRecently } from "@/lib/messages/presence";

export type NavServer = { id: string; slug: string; name: string; icon: string | null; role: "OWNER" | "MODERATOR" | "MEMBER"; unread: boolean };

/**
 * The servers the user belongs to, in the order they joined, each marked unread when one of its
 * channels they may read has messages past the user's read receipt. One query, whatever the number of servers.
 */
export const listUserServers = cache(
  (userId: string): Promise<NavServer[]> => db.$queryRaw<NavServer[]>`
    SELECT s."id", s."slug", s."name", s."icon", m."role"::text AS "role",
      EXISTS (
        SELECT 1 FROM "Channel" ch
        JOIN "Conversation" cv ON cv."id" = ch."conversationId"
        LEFT JOIN "Receipt" r ON r."conversationId" = cv."id" AND r."userId" = ${userId}
        WHERE ch."serverId" = s."id" AND ${channelOpenSql(Prisma.raw("ch"), Prisma.raw("m"))} AND cv."lastSeq" > COALESCE(r."readSeq", 0)
      ) AS "unread"
    FROM "ServerMember" m JOIN "Server" s ON s."id" = m."serverId"
    WHERE m."userId" = ${userId} AND NOT m."banned"
    ORDER BY m."joinedAt", s."id"`,
);

export const RECENT_THREADS_LIMIT = 20;

/** The user's direct threads (message requests are listed apart), most recent message first, with the other people in each. */
export const listRecentThreads = cache(async (userId: string, limit = RECENT_THREADS_LIMIT) => {
  const rows = await db.threadParticipant.findMany({
    where: { userId, status: "ACCEPTED" },
    orderBy: [{ thread: { conversation: { lastMessageAt: { sort: "desc", nulls: "last" } } } }, { joinedAt: "desc" }],
    take: limit,
    select: {
      visibleFromSeq: true,
      thread: {
        select: {
          id: true,
          title: true,
          conversationId: true,
          conversation: {
            select: {
              lastSeq: true,
              lastMessageAt: true,
              receipts: { where: { userId }, select: { readSeq: true } },
              messages: {
                where: { deletedAt: null, hiddenFor: { none: { userId } } },
                orderBy: { seq: "desc" },
                take: 1,
                select: { seq: true, body: true, authorId: true },
              },
            },
          },
          participants: {
            where: { userId: { not: userId } },
            take: 4,
            orderBy: { joinedAt: "asc" },
            select: { user: { select: { id: true, username: true, fullName: true, image: true, lastSeenAt: true } } },
          },
        },
      },
    },
  });
  return rows.map(({ thread, visibleFromSeq }) => {
    const { conversation } = thread;
    // Someone added to a group that hides its past sees no preview of what came before them.
    const last = conversation.messages[0] && conversation.messages[0].seq >= visibleFromSeq ? conversation.messages[0] : undefined;
    const others = thread.participants.map(({ user: { lastSeenAt, ...user } }) => ({ ...user, online: seenRecently(lastSeenAt) }));
    return {
      id: thread.id,
      conversationId: thread.conversationId,
      title: thread.title || others.map((u) => u.fullName).join(", ") || "Just you",
      others,
      lastMessageAt: conversation.lastMessageAt,
      lastMessage: last ? { body: last.body, mine: last.authorId === userId } : null,
      // Whoever wrote the last message has seen the thread, receipt or not.
      unread: conversation.lastSeq > (conversation.receipts[0]?.readSeq ?? 0) && last?.authorId !== userId,
    };
  });
});

export type RecentThread = Awaited<ReturnType<typeof listRecentThreads>>[number];
