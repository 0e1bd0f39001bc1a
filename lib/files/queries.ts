import "server-only";
import type { Actor } from "@/lib/access/conversation";
import { decodeCursor, encodeCursor } from "@/lib/cursor";
import { db } from "@/lib/db";
import { attachmentView } from "@/lib/files/view";
import { readableConversation } from "@/lib/messages/access";
import type { AttachmentPayload } from "@/lib/realtime/catalogue";

export type ConversationFile = AttachmentPayload & { messageId: string; seq: number; authorId: string | null; createdAt: string };

/** The files of a conversation's messages the actor can read (not deleted, not deleted for them, not from before they joined), newest first. */
export async function listConversationFiles(actor: Actor, conversationId: string, { cursor, limit }: { cursor?: string; limit: number }) {
  const { visibleFromSeq } = await readableConversation(actor, conversationId);
  const after = decodeCursor(cursor);
  const rows = await db.attachment.findMany({
    where: {
      conversationId,
      message: { deletedAt: null, seq: { gte: visibleFromSeq }, hiddenFor: { none: { userId: actor.id } } },
      ...(after ? { OR: [{ createdAt: { lt: after.at } }, { createdAt: after.at, id: { lt: after.id } }] } : {}),
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit + 1,
    select: {
      id: true, name: true, contentType: true, size: true, width: true, height: true, alt: true, thumbKey: true, createdAt: true,
      message: { select: { id: true, seq: true, authorId: true, createdAt: true } },
    },
  });
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    items: page.map((row): ConversationFile => ({
      ...attachmentView(row),
      messageId: row.message!.id,
      seq: row.message!.seq,
      authorId: row.message!.authorId,
      createdAt: row.message!.createdAt.toISOString(),
    })),
    nextCursor: rows.length > limit && last ? encodeCursor(last.createdAt, last.id) : null,
  };
}
