import "server-only";
import type { Actor } from "@/lib/access/conversation";
import { requireVerified } from "@/lib/access/verified";
import { db } from "@/lib/db";
import { AppError, forbidden } from "@/lib/errors";
import { readableConversation, readableMessage } from "@/lib/messages/access";
import { messageSelect, toPayload } from "@/lib/messages/payload";
import type { MessagePayload } from "@/lib/realtime/catalogue";
import { publication, publishAfterResponse } from "@/lib/realtime/server";
import type { SetPinInput } from "@/lib/zod/pins";

/** A conversation holds at most this many pins: the panel is a short list of what matters. */
export const MAX_PINS = 50;

export type PinChange = { messageId: string; pinned: boolean };
export type PinnedMessage = { message: MessagePayload; pinnedAt: string; pinnedBy: { id: string; fullName: string } | null };

/**
 * Pins or unpins a message: a channel's owner and moderators, or any participant of a thread.
 * Idempotent both ways. The conversation's row is locked (so the 50-pin cap holds when several
 * pin at once) and, on a change, dated (`pinsChangedAt`), and the message's `updatedAt` moves: a
 * catch-up after a gap learns of it from both. Everyone gets `pins.changed` after the response.
 */
export async function setPin(actor: Actor, input: SetPinInput): Promise<PinChange> {
  const { message, access } = await readableMessage(actor, input.messageId);
  if (!access.canPin) {
    requireVerified(actor);
    throw forbidden(access.kind === "channel" ? "Only this server's owner and moderators can pin messages in its channels." : "You can't pin messages in this conversation.");
  }
  const { id: messageId, conversationId } = message;
  if (input.pinned && message.deletedAt) throw deletedMessage();

  const changed = await db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT 1 FROM "Conversation" WHERE "id" = ${conversationId} FOR NO KEY UPDATE`;
    let count: number;
    if (input.pinned) {
      const touched = await tx.$executeRaw`UPDATE "Message" SET "updatedAt" = now() WHERE "id" = ${messageId} AND "deletedAt" IS NULL`;
      if (touched === 0) throw deletedMessage();
      const pins = await tx.pin.count({ where: { conversationId } });
      if (pins >= MAX_PINS && !(await tx.pin.findUnique({ where: { messageId }, select: { messageId: true } }))) {
        throw new AppError("conflict", `A conversation can have at most ${MAX_PINS} pinned messages: unpin one first.`);
      }
      count = await tx.$executeRaw`
        INSERT INTO "Pin" ("messageId", "conversationId", "pinnedById") VALUES (${messageId}, ${conversationId}, ${actor.id}) ON CONFLICT DO NOTHING`;
    } else {
      count = (await tx.pin.deleteMany({ where: { messageId } })).count;
      if (count > 0) await tx.$executeRaw`UPDATE "Message" SET "updatedAt" = now() WHERE "id" = ${messageId}`;
    }
    if (count > 0) await tx.$executeRaw`UPDATE "Conversation" SET "pinsChangedAt" = now() WHERE "id" = ${conversationId}`;
    return count > 0;
  });

  if (changed) {
    publishAfterResponse([
      publication("conversation", conversationId, "pins.changed", { conversationId, messageId, seq: message.seq, pinned: input.pinned, userId: actor.id }),
    ]);
  }
  return { messageId, pinned: input.pinned };
}

function deletedMessage() {
  return new AppError("conflict", "This message was deleted: it can't be pinned.");
}

/** A conversation's pinned messages for a reader, the most recently pinned first (without those they deleted for themself or from before they joined). */
export async function listPins(actor: Actor, input: { conversationId: string }): Promise<PinnedMessage[]> {
  const { conversationId, visibleFromSeq } = await readableConversation(actor, input.conversationId);
  const pins = await db.pin.findMany({
    where: { conversationId, message: { seq: { gte: visibleFromSeq }, hiddenFor: { none: { userId: actor.id } } } },
    orderBy: [{ pinnedAt: "desc" }, { messageId: "asc" }],
    take: MAX_PINS,
    select: { pinnedAt: true, pinnedBy: { select: { id: true, fullName: true } }, message: { select: messageSelect } },
  });
  return pins.map((pin) => ({ message: toPayload(pin.message, visibleFromSeq), pinnedAt: pin.pinnedAt.toISOString(), pinnedBy: pin.pinnedBy }));
}
