import "server-only";
import type { Actor } from "@/lib/access/conversation";
import { db } from "@/lib/db";
import { readableMessage } from "@/lib/messages/access";
import { publication, publishAfterResponse } from "@/lib/realtime/server";

/**
 * "Delete for me": hides a message from the actor only, in all of their tabs and devices (told
 * through their own channel). Nobody else sees a change.
 */
export async function hideMessageForMe(actor: Actor, input: { messageId: string }) {
  const { message } = await readableMessage(actor, input.messageId);
  await db.messageHidden.upsert({
    where: { userId_messageId: { userId: actor.id, messageId: message.id } },
    create: { userId: actor.id, messageId: message.id },
    update: {},
  });
  publishAfterResponse([publication("user", actor.id, "message.hidden", { conversationId: message.conversationId, messageId: message.id })]);
  return { id: message.id, conversationId: message.conversationId };
}
