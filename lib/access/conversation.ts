import "server-only";
import { opensChannel } from "@/lib/access/channel-read";
import { db } from "@/lib/db";

export type Actor = { id: string; role: "USER" | "ADMIN"; emailVerifiedAt: Date | null };

export type ConversationAccess = {
  conversationId: string;
  kind: "channel" | "thread";
  /** A private channel: only its readers may learn of its activity (lib/access/channel-read.ts). */
  privateChannel: boolean;
  canPost: boolean;
  /** May delete anyone's messages: server owner or moderator, or a platform admin. */
  canModerate: boolean;
  /** May pin and unpin messages: a channel's owner and moderators, any participant of a thread (verified). */
  canPin: boolean;
  /** A channel member timed out by a moderator: reads, but cannot post or react until then. */
  timedOutUntil: Date | null;
  /** A channel's slow mode (0: off): one message per this many seconds per member, staff exempt. */
  slowModeSeconds: number;
  /** The first seq the actor may read: 0, unless they were added to a group that shows newcomers only what follows. */
  visibleFromSeq: number;
  /** The first seq everyone in the conversation may read (0 in channels): older messages must not reach all of it by realtime. */
  sharedFromSeq: number;
  /** A thread the actor has as a message request they haven't accepted (or ignored): they read it, but can't post, react or send receipts. */
  requested: boolean;
};

/**
 * What `actor` may do in a conversation, or null when they may not even read it; callers answer
 * null with 404 so that private things do not reveal that they exist.
 *   server channel: anyone not banned reads a public server; a private one needs membership; a
 *   private channel is for its chosen members and the server's owner and moderators (opensChannel).
 *   direct thread: participants only.
 *   A participant added to a group whose history starts at joining reads from `visibleFromSeq` on.
 *   A participant who has the thread as a message request reads it but posts only after accepting.
 * Posting also needs membership (or participation), a verified email address and no time-out;
 * pinning in a channel is for its owner and moderators.
 */
export async function conversationAccess(actor: Actor, conversationId: string): Promise<ConversationAccess | null> {
  // One statement (every send, history read and realtime subscription asks this first).
  const [row] = await db.$queryRaw<AccessRow[]>`
    SELECT ch."id" IS NOT NULL AS "isChannel", s."visibility"::text AS "visibility", m."role"::text AS "role", m."banned",
      m."timedOutUntil", ch."slowModeSeconds", ch."private",
      EXISTS (SELECT 1 FROM "ChannelMember" cm WHERE cm."channelId" = ch."id" AND cm."userId" = ${actor.id}) AS "chosen",
      (SELECT p."visibleFromSeq" FROM "Thread" t JOIN "ThreadParticipant" p ON p."threadId" = t."id"
        WHERE t."conversationId" = c."id" AND p."userId" = ${actor.id}) AS "visibleFromSeq",
      (SELECT p."status" <> 'ACCEPTED' FROM "Thread" t JOIN "ThreadParticipant" p ON p."threadId" = t."id"
        WHERE t."conversationId" = c."id" AND p."userId" = ${actor.id}) AS "requested",
      (SELECT max(p."visibleFromSeq") FROM "Thread" t JOIN "ThreadParticipant" p ON p."threadId" = t."id"
        WHERE t."conversationId" = c."id")::int AS "sharedFromSeq"
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
    if (!opensChannel({ private: row.private ?? false }, row.role, row.chosen)) return null;
    const staff = row.role === "OWNER" || row.role === "MODERATOR";
    const timedOutUntil = row.timedOutUntil && row.timedOutUntil > new Date() ? row.timedOutUntil : null;
    return {
      conversationId,
      kind: "channel",
      privateChannel: row.private ?? false,
      canPost: member && verified && !timedOutUntil,
      canModerate: staff || actor.role === "ADMIN",
      canPin: staff && verified,
      timedOutUntil,
      slowModeSeconds: staff ? 0 : (row.slowModeSeconds ?? 0),
      visibleFromSeq: 0,
      sharedFromSeq: 0,
      requested: false,
    };
  }

  if (row.visibleFromSeq !== null) {
    return {
      conversationId,
      kind: "thread",
      privateChannel: false,
      canPost: verified && !row.requested,
      canModerate: actor.role === "ADMIN",
      canPin: verified && !row.requested,
      timedOutUntil: null,
      slowModeSeconds: 0,
      visibleFromSeq: row.visibleFromSeq,
      sharedFromSeq: row.sharedFromSeq ?? 0,
      requested: row.requested === true,
    };
  }
  return null;
}

type AccessRow = {
  isChannel: boolean;
  visibility: "PUBLIC" | "PRIVATE" | null;
  /** The actor's membership of the channel's server, if any. */
  role: "OWNER" | "MODERATOR" | "MEMBER" | null;
  banned: boolean | null;
  timedOutUntil: Date | null;
  slowModeSeconds: number | null;
  private: boolean | null;
  /** The actor was chosen for the (private) channel. */
  chosen: boolean;
  /** The actor's participation in the thread (null: not a participant, or a channel). */
  visibleFromSeq: number | null;
  sharedFromSeq: number | null;
  requested: boolean | null;
};

/** Whether a message at `seq` is one the reader with `access` may read (history before joining stays hidden). */
export function readsSeq(access: Pick<ConversationAccess, "visibleFromSeq">, seq: number): boolean {
  return seq >= access.visibleFromSeq;
}
