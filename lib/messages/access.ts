import "server-only";
import { conversationAccess, readsSeq, type Actor, type ConversationAccess } from "@/lib/access/conversation";
import { requireVerified } from "@/lib/access/verified";
import { db } from "@/lib/db";
import { forbidden, notFound } from "@/lib/errors";
import { timedOutText } from "@/lib/moderation/time-out-text";

/** The actor's access to a conversation they may read; anything else is "not found". */
export async function readableConversation(actor: Actor, conversationId: string): Promise<ConversationAccess> {
  const access = await conversationAccess(actor, conversationId);
  if (!access) throw notFound("Conversation");
  return access;
}

/** Like readableConversation, and refuses (saying why) when the actor may read but not post. */
export async function postableConversation(actor: Actor, conversationId: string): Promise<ConversationAccess> {
  const access = await readableConversation(actor, conversationId);
  requirePosting(actor, access, "Join this server to post in its channels.");
  return access;
}

/**
 * Refuses, saying why, an actor who reads a conversation but may not post (or react) there: an
 * unverified address, a time-out, a message request not accepted yet, or else `otherwise` (not a member, say).
 */
export function requirePosting(actor: Actor, access: ConversationAccess, otherwise: string): void {
  if (access.canPost) return;
  requireVerified(actor);
  if (access.requested) throw forbidden("Accept this message request to reply.");
  if (access.timedOutUntil) throw forbidden(timedOutText(access.timedOutUntil));
  throw forbidden(otherwise);
}

/** A message and the actor's access to its conversation; "not found" when they cannot read it (or not that far back). */
export async function readableMessage(actor: Actor, messageId: string) {
  const message = await db.message.findUnique({
    where: { id: messageId },
    select: { id: true, conversationId: true, seq: true, authorId: true, deletedAt: true },
  });
  if (!message) throw notFound("Message");
  const access = await conversationAccess(actor, message.conversationId);
  if (!access || !readsSeq(access, message.seq)) throw notFound("Message");
  return { message, access };
}
