import type { Actor } from "@/lib/access/conversation";
import { db } from "@/lib/db";
import { forbidden } from "@/lib/errors";
import { readableMessage } from "@/lib/messages/access";
import { publish } from "@/lib/realtime/server";

export type DeletedMessage = { id: string; conversationId: string; seq: number };

/**
 * Deletes a message for everyone: its author, a moderator of the server or a platform admin may.
 * The body is erased from the database; the row stays as a "This message was deleted" placeholder
 * so that `seq` stays gapless. Deleting twice is not an error.
 */
export async function deleteMessageForEveryone(actor: Actor, input: { messageId: string }): Promise<DeletedMessage> {
  const { message, access } = await readableMessage(actor, input.messageId);
  if (message.authorId !== actor.id && !access.canModerate) throw forbidden("You can only delete your own messages.");

  const { conversationId, seq, id } = message;
  const { count } = await db.message.updateMany({ where: { id, deletedAt: null }, data: { body: "", deletedAt: new Date() } });
  if (count > 0) await publish("conversation", conversationId, "message.deleted", { conversationId, id, seq });
  return { id, conversationId, seq };
}
