import "server-only";
import type { Actor } from "@/lib/access/conversation";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { readableMessage, requirePosting } from "@/lib/messages/access";
import { checkRateLimit, rateLimited } from "@/lib/rate-limit";
import type { ReactionSummary } from "@/lib/realtime/catalogue";
import { publication, publishAfterResponse } from "@/lib/realtime/server";
import type { SetReactionInput } from "@/lib/zod/reactions";

/** At most this many different emoji on one message (anyone may add to those already there). */
export const MAX_DISTINCT_REACTIONS = 20;
/** Per person, across messages: quick clicking is fine, scripted floods are not. */
export const REACTION_LIMIT = { limit: 60, windowSeconds: 60 };
/** "Who reacted" lists up to this many people per emoji (the count says how many in all). */
export const REACTORS_LISTED = 50;

export type ReactionChange = { messageId: string; emoji: string; reacted: boolean; count: number };

/**
 * Adds or takes back the actor's `emoji` on a message of a conversation they may post in.
 * Idempotent both ways. The message row is locked (its `updatedAt` moves, which is how catch-ups
 * learn of reactions), so the 20-emoji cap holds when people add different emoji at once; counts
 * are always read from the rows, so nobody's reaction is lost. Everyone gets `reaction.changed`.
 */
export async function setReaction(actor: Actor, input: SetReactionInput): Promise<ReactionChange> {
  const { message, access } = await readableMessage(actor, input.messageId);
  requirePosting(actor, access, access.kind === "channel" ? "Join this server to react to its messages." : "You can't react in this conversation.");
  if (message.deletedAt) throw deletedMessage();
  const limit = await checkRateLimit(`react:user:${actor.id}`, REACTION_LIMIT);
  if (!limit.allowed) throw rateLimited("You're reacting too fast.", limit.retryAfterSeconds);
  const { id: messageId } = message;
  const { emoji, reacted } = input;

  const { changed, count } = await db.$transaction(async (tx) => {
    const locked = await tx.$executeRaw`UPDATE "Message" SET "updatedAt" = now() WHERE "id" = ${messageId} AND "deletedAt" IS NULL`;
    if (locked === 0) throw deletedMessage();
    let changed: number;
    if (reacted) {
      const [present] = await tx.$queryRaw<{ distinct: number; has: boolean }[]>`
        SELECT count(DISTINCT "emoji")::int AS "distinct", coalesce(bool_or("emoji" = ${emoji}), false) AS "has"
        FROM "Reaction" WHERE "messageId" = ${messageId}`;
      if (!present!.has && present!.distinct >= MAX_DISTINCT_REACTIONS) {
        throw new AppError("conflict", `A message can have at most ${MAX_DISTINCT_REACTIONS} different reactions: add one of those already there.`);
      }
      changed = await tx.$executeRaw`
        INSERT INTO "Reaction" ("messageId", "userId", "emoji") VALUES (${messageId}, ${actor.id}, ${emoji}) ON CONFLICT DO NOTHING`;
    } else {
      changed = (await tx.reaction.deleteMany({ where: { messageId, userId: actor.id, emoji } })).count;
    }
    const count = await tx.reaction.count({ where: { messageId, emoji } });
    return { changed: changed > 0, count };
  });

  if (changed) {
    publishAfterResponse([
      publication("conversation", message.conversationId, "reaction.changed", {
        conversationId: message.conversationId,
        messageId,
        seq: message.seq,
        emoji,
        userId: actor.id,
        reacted,
        count,
      }),
    ]);
  }
  return { messageId, emoji, reacted, count };
}

function deletedMessage() {
  return new AppError("conflict", "This message was deleted: it can't get reactions.");
}

/** The reactions on each of these messages as `viewerId` sees them: emoji in the order first used, counts, and whether they reacted. */
export async function reactionsFor(viewerId: string, messageIds: string[]): Promise<Map<string, ReactionSummary[]>> {
  const result = new Map<string, ReactionSummary[]>();
  if (messageIds.length === 0) return result;
  const rows = await db.$queryRaw<{ messageId: string; emoji: string; count: number; me: boolean }[]>`
    SELECT "messageId", "emoji", count(*)::int AS "count", bool_or("userId" = ${viewerId}) AS "me"
    FROM "Reaction" WHERE "messageId" = ANY(${messageIds})
    GROUP BY "messageId", "emoji"
    ORDER BY "messageId", min("createdAt"), "emoji"`;
  for (const { messageId, emoji, count, me } of rows) {
    const list = result.get(messageId) ?? [];
    list.push({ emoji, count, me });
    result.set(messageId, list);
  }
  return result;
}

export type Reactors = { emoji: string; count: number; people: { id: string; fullName: string }[] };

/** Who reacted with what on a message the actor may read (first 50 people per emoji, in the order they reacted). */
export async function whoReacted(actor: Actor, input: { messageId: string }): Promise<Reactors[]> {
  const { message } = await readableMessage(actor, input.messageId);
  const rows = await db.$queryRaw<{ emoji: string; count: number; people: { id: string; fullName: string }[] }[]>`
    SELECT r."emoji", count(*)::int AS "count",
      to_jsonb((array_agg(jsonb_build_object('id', u."id", 'fullName', u."fullName") ORDER BY r."createdAt", u."id"))[1:${REACTORS_LISTED}]) AS "people"
    FROM "Reaction" r JOIN "User" u ON u."id" = r."userId"
    WHERE r."messageId" = ${message.id}
    GROUP BY r."emoji"
    ORDER BY min(r."createdAt"), r."emoji"`;
  return rows;
}
