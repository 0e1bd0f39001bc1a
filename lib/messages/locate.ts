import "server-only";
import { conversationAccess, readsSeq, type Actor } from "@/lib/access/conversation";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";

/** Where a message lives, for links to it: `/m/<id>` and `GET /api/v1/messages/{id}`. */
export type MessageLocation = {
  messageId: string;
  conversationId: string;
  seq: number;
  /** The conversation page opened at the message (`?at=<seq>`). */
  path: string;
  /** Deleted for everyone, or by the actor for themself: the link still opens where it was. */
  deleted: boolean;
};

/** Locates a message the actor may read; anything else (unknown, private, banned) is "not found". */
export async function locateMessage(actor: Actor, messageId: string): Promise<MessageLocation> {
  const message = await db.message.findUnique({
    where: { id: messageId },
    select: {
      id: true,
      conversationId: true,
      seq: true,
      deletedAt: true,
      hiddenFor: { where: { userId: actor.id }, select: { userId: true } },
      conversation: { select: { channel: { select: { slug: true, server: { select: { slug: true } } } }, thread: { select: { id: true } } } },
    },
  });
  if (!message) throw notFound("Message");
  const access = await conversationAccess(actor, message.conversationId);
  if (!access || !readsSeq(access, message.seq)) throw notFound("Message");
  const { channel, thread } = message.conversation;
  const base = channel ? `/s/${channel.server.slug}/${channel.slug}` : `/t/${thread!.id}`;
  return {
    messageId: message.id,
    conversationId: message.conversationId,
    seq: message.seq,
    path: `${base}?at=${message.seq}`,
    deleted: message.deletedAt !== null || message.hiddenFor.length > 0,
  };
}
