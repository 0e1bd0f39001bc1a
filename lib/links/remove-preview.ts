import "server-only";
import type { Actor } from "@/lib/access/conversation";
import { db } from "@/lib/db";
import { forbidden } from "@/lib/errors";
import { readableMessage } from "@/lib/messages/access";
import { publishAfterResponse, publication } from "@/lib/realtime/server";

/**
 * The author takes the link preview off their message, for good (a preview still being fetched
 * is not attached either, nor one for a later edit). Everyone subscribed gets `message.preview`
 * with `linkPreview: null`. Removing it twice is fine.
 */
export async function removeLinkPreview(actor: Actor, input: { messageId: string }) {
  const { message } = await readableMessage(actor, input.messageId);
  if (message.authorId !== actor.id) throw forbidden("Only its author can remove a message's link preview.");
  await db.message.update({ where: { id: message.id }, data: { linkPreviewId: null, linkPreviewRemoved: true } });
  publishAfterResponse([
    publication("conversation", message.conversationId, "message.preview", { conversationId: message.conversationId, messageId: message.id, seq: message.seq, linkPreview: null }),
  ]);
  return { messageId: message.id, linkPreview: null };
}
