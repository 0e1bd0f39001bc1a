import "server-only";
import type { Actor } from "@/lib/access/conversation";
import { db } from "@/lib/db";

export type PublicChannelAccess = { serverId: string; channelId: string };

/**
 * A conversation as anyone may read it, signed in or not: a channel of a public server, read-only.
 * Null for anything else — a private server's channel, a private channel, a direct thread, a conversation that does
 * not exist (or no longer does) — and for a signed-in viewer banned from the server: a ban holds
 * here as in the app. Callers answer null with 404.
 */
export async function publicChannelAccess(viewer: Actor | null, conversationId: string): Promise<PublicChannelAccess | null> {
  const [row] = await db.$queryRaw<{ serverId: string; channelId: string; banned: boolean | null }[]>`
    SELECT ch."serverId", ch."id" AS "channelId", m."banned"
    FROM "Channel" ch
    JOIN "Server" s ON s."id" = ch."serverId"
    LEFT JOIN "ServerMember" m ON m."serverId" = ch."serverId" AND m."userId" = ${viewer?.id ?? ""}
    WHERE ch."conversationId" = ${conversationId} AND s."visibility" = 'PUBLIC' AND NOT ch."private"`;
  if (!row || row.banned) return null;
  return { serverId: row.serverId, channelId: row.channelId };
}
