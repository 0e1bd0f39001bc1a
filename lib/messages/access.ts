import { conversationAccess, type Actor, type ConversationAccess } from "@/lib/access/conversation";
import { db } from "@/lib/db";
import { forbidden, notFound } from "@/lib/errors";

/** The actor's access to a conversation they may read; anything else is "not found". */
export async function readableConversation(actor: Actor, conversationId: string): Promise<ConversationAccess> {
  const access = await conversationAccess(actor, conversationId);
  if (!access) throw notFound("Conversation");
  return access;
}

/** Like readableConversation, and refuses (saying why) when the actor may read but not post. */
export async function postableConversation(actor: Actor, conversationId: string): Promise<ConversationAccess> {
  const access = await readableConversation(actor, conversationId);
  if (access.canPost) return access;
  if (!actor.emailVerifiedAt) throw forbidden("Verify your email address before posting: check your inbox for the link.");
  throw forbidden("Join this server to post in its channels.");
}

/** A message and the actor's access to its conversation; "not found" when they cannot read it. */
export async function readableMessage(actor: Actor, messageId: string) {
  const message = await db.message.findUnique({
    where: { id: messageId },
    select: { id: true, conversationId: true, seq: true, authorId: true, deletedAt: true },
  });
  if (!message) throw notFound("Message");
  const access = await conversationAccess(actor, message.conversationId);
  if (!access) throw notFound("Message");
  return { message, access };
}
