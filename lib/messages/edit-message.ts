import "server-only";
import type { Actor } from "@/lib/access/conversation";
import { db } from "@/lib/db";
import { AppError, forbidden, notFound } from "@/lib/errors";
import { attachPreviewAfterResponse } from "@/lib/links/attach-preview";
import { firstLink } from "@/lib/links/first-link";
import { readableMessage } from "@/lib/messages/access";
import type { MessageVersion } from "@/lib/messages/page";
import { messageSelect, toPayload } from "@/lib/messages/payload";
import { createdEvent, mentionedIn, withheldEvent } from "@/lib/messages/send-message";
import type { MessagePayload } from "@/lib/realtime/catalogue";
import { publication, publishAfterResponse } from "@/lib/realtime/server";

/**
 * Replaces the text of the actor's own message, keeping the text it replaces in its history.
 * Nobody edits someone else's message (moderators included) or a deleted one; the same text again
 * changes nothing. The row is locked while it is read and written, so two edits at once keep both
 * earlier versions. Everyone in the conversation gets `message.updated` after the response.
 */
export async function editMessage(actor: Actor, input: { messageId: string; body: string }): Promise<MessagePayload> {
  const { message, access } = await readableMessage(actor, input.messageId);
  if (message.authorId !== actor.id) throw forbidden("You can only edit your own messages.");
  if (!access.canPost) throw forbidden("You can no longer post in this conversation, so you can't edit here either.");
  const body = input.body;
  // The new text's mentions replace the old ones (@here / @everyone: the same rule as sending).
  const mentioned = await mentionedIn(body, access);

  const edited = await db.$transaction(async (tx) => {
    const [current] = await tx.$queryRaw<{ body: string; createdAt: Date; editedAt: Date | null; deletedAt: Date | null; previewUrl: string | null }[]>`
      SELECT m."body", m."createdAt", m."editedAt", m."deletedAt", p."url" AS "previewUrl"
      FROM "Message" m LEFT JOIN "LinkPreview" p ON p."id" = m."linkPreviewId" WHERE m."id" = ${message.id} FOR UPDATE OF m`;
    if (!current) throw notFound("Message");
    if (current.deletedAt) throw new AppError("conflict", "This message was deleted: it can't be edited.");
    if (current.body === body) return null;
    await tx.messageEdit.create({ data: { messageId: message.id, body: current.body, writtenAt: current.editedAt ?? current.createdAt } });
    await tx.mention.deleteMany({ where: { messageId: message.id } });
    if (mentioned.people.length > 0) await tx.mention.createMany({ data: mentioned.people.map((user) => ({ messageId: message.id, userId: user.id })) });
    // A new first link: the old card goes, and the new link's comes after the response.
    const linkChanged = current.previewUrl !== null && firstLink(body) !== current.previewUrl;
    const data = { body, editedAt: new Date(), broadcast: mentioned.broadcast, ...(linkChanged ? { linkPreviewId: null } : {}) };
    return tx.message.update({ where: { id: message.id }, data, select: { ...messageSelect, linkPreviewRemoved: true, conversation: { select: { channel: { select: { serverId: true } } } } } });
  });
  if (!edited) return toPayload(await db.message.findUniqueOrThrow({ where: { id: message.id }, select: messageSelect }));

  const payload = toPayload(edited);
  // Same shape as message.created: whole when it fits in one event, else without its body; after
  // the response, as sends are, so a slow realtime service never delays the "saved" answer.
  // A message from before someone joined a group that hides its past reaches nobody by realtime
  // whole: each reader catches up through their own read.
  const event = Math.min(payload.seq, payload.replyTo?.seq ?? Infinity) < access.sharedFromSeq ? withheldEvent(payload) : createdEvent(payload);
  publishAfterResponse([publication("conversation", payload.conversationId, "message.updated", event)]);
  if (!edited.linkPreview && !edited.linkPreviewRemoved) attachPreviewAfterResponse(payload, edited.conversation.channel?.serverId ?? null);
  return payload;
}

/** A message's earlier versions, oldest first, for anyone who may read it (none once it is deleted). */
export async function messageVersions(actor: Actor, input: { messageId: string }): Promise<MessageVersion[]> {
  const { message } = await readableMessage(actor, input.messageId);
  if (message.deletedAt) return [];
  const edits = await db.messageEdit.findMany({
    where: { messageId: message.id },
    orderBy: { createdAt: "asc" },
    select: { body: true, writtenAt: true },
    take: 100,
  });
  return edits.map((edit) => ({ body: edit.body, writtenAt: edit.writtenAt.toISOString() }));
}
