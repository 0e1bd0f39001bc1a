import { db } from "@/lib/db";

export type Actor = { id: string; role: "USER" | "ADMIN"; emailVerifiedAt: Date | null };

export type ConversationAccess = {
  conversationId: string;
  kind: "channel" | "thread";
  canPost: boolean;
  /** May delete anyone's messages: server owner or moderator, or a platform admin. */
  canModerate: boolean;
};

/**
 * What `actor` may do in a conversation, or null when they may not even read it; callers answer
 * null with 404 so that private things do not reveal that they exist.
 *   server channel: anyone not banned reads a public server; a private one needs membership.
 *   direct thread: participants only.
 * Posting also needs membership (or participation) and a verified email address.
 */
export async function conversationAccess(actor: Actor, conversationId: string): Promise<ConversationAccess | null> {
  // One statement (every send, history read and realtime subscription asks this first).
  const [row] = await db.$queryRaw<AccessRow[]>`
    SELECT ch."id" IS NOT NULL AS "isChannel", s."visibility"::text AS "visibility", m."role"::text AS "role", m."banned",
      EXISTS (
        SELECT 1 FROM "Thread" t JOIN "ThreadParticipant" p ON p."threadId" = t."id"
        WHERE t."conversationId" = c."id" AND p."userId" = ${actor.id}
      ) AS "participant"
    FROM "Conversation" c
    LEFT JOIN "Channel" ch ON ch."conversationId" = c."id"
    LEFT JOIN "Server" s ON s."id" = ch."serverId"
    LEFT JOIN "ServerMember" m ON m."serverId" = ch."serverId" AND m."userId" = ${actor.id}
    WHERE c."id" = ${conversationId}`;
  if (!row) return null;
  const verified = actor.emailVerifiedAt !== null;

  if (row.isChannel) {
    const member = row.role !== null;
    if (row.banned) return null;
    if (!member && row.visibility === "PRIVATE") return null;
    const staff = row.role === "OWNER" || row.role === "MODERATOR";
    return {
      conversationId,
      kind: "channel",
      canPost: member && verified,
      canModerate: staff || actor.role === "ADMIN",
    };
  }

  if (row.participant) {
    return { conversationId, kind: "thread", canPost: verified, canModerate: actor.role === "ADMIN" };
  }
  return null;
}

type AccessRow = {
  isChannel: boolean;
  visibility: "PUBLIC" | "PRIVATE" | null;
  /** The actor's membership of the channel's server, if any. */
  role: "OWNER" | "MODERATOR" | "MEMBER" | null;
  banned: boolean | null;
  participant: boolean;
};
