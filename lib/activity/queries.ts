import "server-only";
import { channelOpenSql } from "@/lib/access/channel-read";

import { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";

// The activity inbox: what others did to you, across every server and thread you can still read,
// newest first. Mentions of you, replies to your messages and reactions to them come from the
// data the messages keep (Mention, Message.replyToId, Reaction); people you blocked are left out.

export const activityKinds = ["mention", "reply", "reaction"] as const;
export type ActivityKind = (typeof activityKinds)[number];

export type ActivityItem = {
  kind: ActivityKind;
  /** The mention or reply, or the message reacted to: where "open" leads. */
  messageId: string;
  at: Date;
  actor: { id: string; fullName: string; image: string | null } | null;
  /** The mention's or reply's text, or the emoji. */
  text: string;
  /** Your message they answered or reacted to ("" for a mention). */
  yours: string;
  place: { kind: "channel"; serverName: string; channelName: string } | { kind: "thread" };
};

const LIMIT = 50;

type Row = {
  kind: ActivityKind;
  messageId: string;
  at: Date;
  actorId: string | null;
  fullName: string | null;
  image: string | null;
  text: string;
  yours: string;
  serverName: string | null;
  channelName: string | null;
};

/**
 * Whether the user may read `message` (an alias of "Message"): in a channel of a server they belong
 * to (not banned) that is open to them (private channels), or in a thread they are in, from where
 * their reading starts (visibleFromSeq); not a message request they have not accepted (its messages notify nothing).
 */
function readable(userId: string, message: Prisma.Sql) {
  return Prisma.sql`(
    EXISTS (SELECT 1 FROM "Channel" ch JOIN "ServerMember" sm ON sm."serverId" = ch."serverId"
            WHERE ch."conversationId" = ${message}."conversationId" AND sm."userId" = ${userId} AND NOT sm."banned"
              AND ${channelOpenSql(Prisma.raw("ch"), Prisma.raw("sm"))})
    OR EXISTS (SELECT 1 FROM "Thread" t JOIN "ThreadParticipant" tp ON tp."threadId" = t."id"
            WHERE t."conversationId" = ${message}."conversationId" AND tp."userId" = ${userId} AND tp."status" = 'ACCEPTED' AND ${message}."seq" >= tp."visibleFromSeq"))`;
}

const notBlocked = (userId: string, actor: Prisma.Sql) =>
  Prisma.sql`NOT EXISTS (SELECT 1 FROM "UserBlock" b WHERE b."blockerId" = ${userId} AND b."blockedId" = ${actor})`;

/** The newest mentions of the user, replies to and reactions on their messages (one kind, or all), up to 50. */
export async function listActivity(userId: string, kind?: ActivityKind): Promise<ActivityItem[]> {
  const mentions = Prisma.sql`
    SELECT 'mention' AS "kind", m."id" AS "messageId", m."createdAt" AS "at", m."authorId" AS "actorId",
      left(m."body", 300) AS "text", '' AS "yours", m."conversationId"
    FROM "Mention" mn JOIN "Message" m ON m."id" = mn."messageId"
    WHERE mn."userId" = ${userId} AND m."authorId" <> ${userId} AND m."deletedAt" IS NULL
      AND ${readable(userId, Prisma.sql`m`)} AND ${notBlocked(userId, Prisma.sql`m."authorId"`)}
    ORDER BY mn."createdAt" DESC LIMIT ${LIMIT}`;
  const replies = Prisma.sql`
    SELECT 'reply' AS "kind", m."id" AS "messageId", m."createdAt" AS "at", m."authorId" AS "actorId",
      left(m."body", 300) AS "text", left(mine."body", 140) AS "yours", m."conversationId"
    FROM "Message" mine JOIN "Message" m ON m."replyToId" = mine."id"
    WHERE mine."authorId" = ${userId} AND m."authorId" <> ${userId} AND m."deletedAt" IS NULL
      AND ${readable(userId, Prisma.sql`m`)} AND ${notBlocked(userId, Prisma.sql`m."authorId"`)}
    ORDER BY m."createdAt" DESC LIMIT ${LIMIT}`;
  const reactions = Prisma.sql`
    SELECT 'reaction' AS "kind", mine."id" AS "messageId", r."createdAt" AS "at", r."userId" AS "actorId",
      r."emoji" AS "text", left(mine."body", 140) AS "yours", mine."conversationId"
    FROM "Message" mine JOIN "Reaction" r ON r."messageId" = mine."id"
    WHERE mine."authorId" = ${userId} AND r."userId" <> ${userId} AND mine."deletedAt" IS NULL
      AND ${readable(userId, Prisma.sql`mine`)} AND ${notBlocked(userId, Prisma.sql`r."userId"`)}
    ORDER BY r."createdAt" DESC LIMIT ${LIMIT}`;
  const parts = kind === "mention" ? [mentions] : kind === "reply" ? [replies] : kind === "reaction" ? [reactions] : [mentions, replies, reactions];
  const rows = await db.$queryRaw<Row[]>`
    SELECT a."kind", a."messageId", a."at", a."actorId", u."fullName", u."image", a."text", a."yours",
      s."name" AS "serverName", ch."name" AS "channelName"
    FROM (${Prisma.join(parts.map((part) => Prisma.sql`(${part})`), " UNION ALL ")}) a
    LEFT JOIN "User" u ON u."id" = a."actorId"
    LEFT JOIN "Channel" ch ON ch."conversationId" = a."conversationId"
    LEFT JOIN "Server" s ON s."id" = ch."serverId"
    ORDER BY a."at" DESC LIMIT ${LIMIT}`;
  return rows.map((row) => ({
    kind: row.kind,
    messageId: row.messageId,
    at: row.at,
    actor: row.actorId && row.fullName ? { id: row.actorId, fullName: row.fullName, image: row.image } : null,
    text: row.text,
    yours: row.yours,
    place: row.serverName && row.channelName ? { kind: "channel", serverName: row.serverName, channelName: row.channelName } : { kind: "thread" },
  }));
}
