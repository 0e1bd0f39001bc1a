import "server-only";
import { unreachable } from "@/lib/blocks/blocks";
import { db } from "@/lib/db";

/**
 * How a new thread the actor starts, or a group they add people to, reaches each of `recipientIds`
 * (blocks are checked before, by assertNotBlockedBy): refused with the same generic "You can't
 * message some of these people" when any of them takes new threads from nobody; otherwise the ids
 * that get it as a message request:
 *   ANYONE  – unless they share a server or an accepted thread with the actor;
 *   SERVERS – unless they share a server with the actor.
 */
export async function requestedRecipients(actorId: string, recipientIds: string[]): Promise<string[]> {
  if (recipientIds.length === 0) return [];
  const rows = await db.$queryRaw<{ id: string; policy: "ANYONE" | "SERVERS" | "NOBODY"; sharesServer: boolean; sharesThread: boolean }[]>`
    SELECT u."id", u."messagePolicy"::text AS "policy",
      EXISTS (
        SELECT 1 FROM "ServerMember" mine JOIN "ServerMember" theirs ON theirs."serverId" = mine."serverId"
        WHERE mine."userId" = ${actorId} AND theirs."userId" = u."id" AND NOT mine."banned" AND NOT theirs."banned"
      ) AS "sharesServer",
      EXISTS (
        SELECT 1 FROM "ThreadParticipant" mine JOIN "ThreadParticipant" theirs ON theirs."threadId" = mine."threadId"
        WHERE mine."userId" = ${actorId} AND theirs."userId" = u."id" AND theirs."status" = 'ACCEPTED'
      ) AS "sharesThread"
    FROM "User" u WHERE u."id" = ANY(${recipientIds})`;
  if (rows.some((row) => row.policy === "NOBODY")) throw unreachable();
  return rows.filter((row) => !row.sharesServer && (row.policy === "SERVERS" || !row.sharesThread)).map((row) => row.id);
}
