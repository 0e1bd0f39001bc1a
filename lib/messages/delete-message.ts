import "server-only";
import type { Actor } from "@/lib/access/conversation";
import type { AuditHook } from "@/lib/audit/record";
import { runAfterResponse } from "@/lib/background";
import { db, type Prisma } from "@/lib/db";
import { collectStorageGarbage } from "@/lib/files/garbage";
import { forbidden } from "@/lib/errors";
import { readableMessage } from "@/lib/messages/access";
import { publication, publishAfterResponse } from "@/lib/realtime/server";

export type DeletedMessage = { id: string; conversationId: string; seq: number };

/**
 * Deletes a message for everyone: its author, a moderator of the server or a platform admin may.
 * The body is erased from the database; the row stays as a "This message was deleted" placeholder
 * so that `seq` stays gapless; its files are deleted from storage (after the response). Deleting
 * twice is not an error. `audit` (the admin area) is written in the same transaction as the erasure.
 */
export async function deleteMessageForEveryone(actor: Actor, input: { messageId: string }, hooks: AuditHook = {}): Promise<DeletedMessage> {
  return eraseMessage(await deletableMessage(actor, input.messageId), hooks);
}

/** Erases a message the caller has already been allowed to delete (the actor's rights, or a report's). */
export async function eraseMessage({ conversationId, seq, id }: DeletedMessage, { audit }: AuditHook = {}): Promise<DeletedMessage> {
  // The edit history holds earlier versions of the text: erased with it; the reactions, the files and the pin go too.
  const erase = async (client: Prisma.TransactionClient) => {
    const erased = await client.message.updateMany({ where: { id, deletedAt: null }, data: { body: "", deletedAt: new Date() } });
    if (erased.count === 0) return { count: 0, files: 0, unpinned: false };
    await client.messageEdit.deleteMany({ where: { messageId: id } });
    await client.reaction.deleteMany({ where: { messageId: id } });
    const files = await client.attachment.deleteMany({ where: { messageId: id } }); // their objects are queued (StorageGarbage)
    const unpinned = await client.pin.deleteMany({ where: { messageId: id } });
    if (unpinned.count > 0) await client.$executeRaw`UPDATE "Conversation" SET "pinsChangedAt" = now() WHERE "id" = ${conversationId}`;
    return { count: erased.count, files: files.count, unpinned: unpinned.count > 0 };
  };
  const { count, files, unpinned } = await db.$transaction(async (tx) => {
    const erased = await erase(tx);
    if (erased.count > 0) await audit?.(tx);
    return erased;
  });
  if (count > 0) {
    publishAfterResponse([
      publication("conversation", conversationId, "message.deleted", { conversationId, id, seq }),
      ...(unpinned ? [publication("conversation", conversationId, "pins.changed", { conversationId, messageId: id, seq, pinned: false, userId: null })] : []),
    ]);
  }
  if (files > 0) runAfterResponse("deleting a message's files", () => collectStorageGarbage());
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
