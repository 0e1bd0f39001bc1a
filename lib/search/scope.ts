import "server-only";
import { channelOpenSql } from "@/lib/access/channel-read";
import type { Actor } from "@/lib/access/conversation";
import { conversationAccess } from "@/lib/access/conversation";
import { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import type { SearchFilters } from "@/lib/search/parse-query";

/**
 * The conversations a search may look in: the reader's readable ones right now, narrowed by the
 * query's in: filters. Servers count while the reader is a member and not banned, threads while
 * they are a participant; a public server's channels only when the query names it (in:server-slug)
 * or the search is inside one of its channels; a private channel only for its readers.
 */
export async function searchScope(actor: Actor, filters: SearchFilters, conversationId?: string): Promise<string[]> {
  if (conversationId) {
    const access = await conversationAccess(actor, conversationId);
    return access ? [conversationId] : [];
  }
  const wantsThreads = !filters.inServer && !filters.inChannel;
  const wantsChannels = !filters.inThreadWith;
  const [channels, threads] = await Promise.all([wantsChannels ? channelScope(actor.id, filters) : [], wantsThreads ? threadScope(actor.id, filters) : []]);
  return [...channels, ...threads];
}

async function channelScope(userId: string, filters: SearchFilters): Promise<string[]> {
  const rows = await db.$queryRaw<{ id: string }[]>`
    SELECT ch."conversationId" AS "id"
    FROM "Channel" ch JOIN "Server" s ON s."id" = ch."serverId"
    LEFT JOIN "ServerMember" m ON m."serverId" = s."id" AND m."userId" = ${userId}
    WHERE (m."banned" = false OR (m."userId" IS NULL AND s."visibility" = 'PUBLIC' AND s."slug" = ${filters.inServer ?? null}))
      AND ${channelOpenSql(Prisma.raw("ch"), Prisma.raw("m"))}
      AND (${filters.inServer ?? null}::text IS NULL OR s."slug" = ${filters.inServer ?? null})
      AND (${filters.inChannel ?? null}::text IS NULL OR ch."slug" = ${filters.inChannel ?? null})`;
  return rows.map((r) => r.id);
}

async function threadScope(userId: string, filters: SearchFilters): Promise<string[]> {
  const rows = await db.$queryRaw<{ id: string }[]>`
    SELECT t."conversationId" AS "id"
    FROM "ThreadParticipant" p JOIN "Thread" t ON t."id" = p."threadId"
    WHERE p."userId" = ${userId}
      AND (${filters.inThreadWith ?? null}::text IS NULL OR (t."directKey" IS NOT NULL AND EXISTS (
        SELECT 1 FROM "ThreadParticipant" o JOIN "User" u ON u."id" = o."userId"
        WHERE o."threadId" = t."id" AND u."username" = ${filters.inThreadWith ?? null} AND u."id" <> ${userId})))`;
  return rows.map((r) => r.id);
}

/**
 * SQL: the message `message` (an alias of "Message") is not from before the reader joined a
 * group that shows newcomers only what follows (the scope names conversations; this cuts threads
 * at the reader's own start, as conversationAccess's visibleFromSeq does).
 */
export function fromReaderStart(userId: string, message: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`NOT EXISTS (
    SELECT 1 FROM "Thread" t JOIN "ThreadParticipant" p ON p."threadId" = t."id"
    WHERE t."conversationId" = ${message}."conversationId" AND p."userId" = ${userId} AND ${message}."seq" < p."visibleFromSeq")`;
}
