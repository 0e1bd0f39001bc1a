import "server-only";
import type { Actor } from "@/lib/access/server";
import type { ConversationAccess } from "@/lib/access/conversation";
import { requireManagedChannel } from "@/lib/channels/access";
import { db } from "@/lib/db";
import { checkRateLimit, rateLimited, refundRateLimit } from "@/lib/rate-limit";
import type { SetSlowModeInput } from "@/lib/zod/moderation";

/** Turns a channel's slow mode on (one message per `seconds` per member) or off (0). */
export async function setSlowMode(actor: Actor, input: SetSlowModeInput) {
  const { channel } = await requireManagedChannel(actor, input.channelId);
  await db.channel.update({ where: { id: channel.id }, data: { slowModeSeconds: input.seconds } });
  return { channelId: channel.id, slowModeSeconds: input.seconds };
}

/**
 * Counts a send against the conversation's slow mode (a window that opens with each accepted
 * message), refusing it with the wait when one went out less than the interval ago. Returns the
 * refund for a send that fails after all.
 */
export async function takeSlowModeTurn(actorId: string, access: ConversationAccess): Promise<() => Promise<void>> {
  if (access.slowModeSeconds === 0) return async () => {};
  const key = `slow:${access.conversationId}:${actorId}`;
  const turn = await checkRateLimit(key, { limit: 1, windowSeconds: access.slowModeSeconds });
  if (!turn.allowed) {
    await refundRateLimit(key);
    throw rateLimited("Slow mode is on in this channel.", turn.retryAfterSeconds);
  }
  return () => refundRateLimit(key);
}
