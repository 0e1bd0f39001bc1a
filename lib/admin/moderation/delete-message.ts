import "server-only";
import { assertAdmin, type AdminActor } from "@/lib/admin/guard";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import { deleteMessageForEveryone } from "@/lib/messages/delete-message";

/** Deletes a message for everyone (the messaging service), keeping what it said in the audit entry. */
export async function adminDeleteMessage(actor: AdminActor, messageId: string) {
  assertAdmin(actor);
  const message = await db.message.findUnique({
    where: { id: messageId },
    select: {
      id: true,
      body: true,
      deletedAt: true,
      createdAt: true,
      author: { select: { username: true } },
      conversation: { select: { channel: { select: { name: true, server: { select: { id: true, name: true } } } } } },
    },
  });
  const channel = message?.conversation.channel;
  if (!message || !channel) throw notFound("That message");
  if (message.deletedAt) throw new AppError("conflict", "This message was already deleted.");
  const author = message.author ? `@${message.author.username}` : "Deleted user";
  return deleteMessageForEveryone(actor, { messageId }, {
    audit: (tx) =>
      // The audit log keeps the words that were removed: it is where an admin can account for it.
      recordAudit(tx, actor, "message.delete", { type: "message", id: message.id }, {
        label: `${author} in #${channel.name} (${channel.server.name})`,
        serverId: channel.server.id,
        sentAt: message.createdAt,
        before: { body: message.body.length > 500 ? `${message.body.slice(0, 500)}…` : message.body },
      }),
  });
}
