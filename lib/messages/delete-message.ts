import type { Actor } from "@/lib/access/conversation";
import type { AuditHook } from "@/lib/audit/record";
import { db, type Prisma } from "@/lib/db";
import { forbidden } from "@/lib/errors";
import { readableMessage } from "@/lib/messages/access";
import { publish } from "@/lib/realtime/server";

export type DeletedMessage = { id: string; conversationId: string; seq: number };

/**
 * Deletes a message for everyone: its author, a moderator of the server or a platform admin may.
 * The body is erased from the database; the row stays as a "This message was deleted" placeholder
 * so that `seq` stays gapless. Deleting twice is not an error. `audit` (the admin area) is written
 * in the same transaction as the erasure.
 */
export async function deleteMessageForEveryone(actor: Actor, input: { messageId: string }, { audit }: AuditHook = {}): Promise<DeletedMessage> {
  const { conversationId, seq, id } = await deletableMessage(actor, input.messageId);
  const erase = (client: Prisma.TransactionClient) => client.message.updateMany({ where: { id, deletedAt: null }, data: { body: "", deletedAt: new Date() } });
  const { count } = audit
    ? await db.$transaction(async (tx) => {
        const erased = await erase(tx);
        if (erased.count > 0) await audit(tx);
        return erased;
      })
    : await erase(db);
  if (count > 0) await publish("conversation", conversationId, "message.deleted", { conversationId, id, seq });
  return { id, conversationId, seq };
}

/**
 * The message, if the actor may delete it. Platform admins moderate every server channel, private
 * ones included (from /admin), without being members; in direct threads they are like anyone else.
 */
async function deletableMessage(actor: Actor, messageId: string) {
  if (actor.role === "ADMIN") {
    const inChannel = await db.message.findFirst({
      where: { id: messageId, conversation: { channel: { isNot: null } } },
      select: { id: true, conversationId: true, seq: true },
    });
    if (inChannel) return inChannel;
  }
  const { message, access } = await readableMessage(actor, messageId);
  if (message.authorId !== actor.id && !access.canModerate) throw forbidden("You can only delete your own messages.");
  return message;
}
