import { db } from "@/lib/db";

export type Actor = { id: string; role: "USER" | "ADMIN"; emailVerifiedAt: Date | null };

export type ConversationAccess = {
  conversationId: string;
  kind: "channel" | "thread";
  canPost: boolean;
  /** May delete anyone's messages: server owner or moderator, or a platform admin. */
  canModerate: boolean;
};

/**
 * What `actor` may do in a conversation, or null when they may not even read it; callers answer
 * null with 404 so that private things do not reveal that they exist.
 *   server channel: anyone not banned reads a public server; a private one needs membership.
 *   direct thread: participants only.
 * Posting also needs membership (or participation) and a verified email address.
 */
export async function conversationAccess(actor: Actor, conversationId: string): Promise<ConversationAccess | null> {
  const conversation = await db.conversation.findUnique({
    where: { id: conversationId },
    select: {
      channel: {
        select: {
          server: {
            select: { visibility: true, members: { where: { userId: actor.id }, select: { role: true, banned: true } } },
          },
        },
      },
      thread: { select: { participants: { where: { userId: actor.id }, select: { userId: true } } } },
    },
  });
  if (!conversation) return null;
  const verified = actor.emailVerifiedAt !== null;

  if (conversation.channel) {
    const { visibility, members } = conversation.channel.server;
    const membership = members[0];
    if (membership?.banned) return null;
    if (!membership && visibility === "PRIVATE") return null;
    const staff = membership?.role === "OWNER" || membership?.role === "MODERATOR";
    return {
      conversationId,
      kind: "channel",
      canPost: Boolean(membership) && verified,
      canModerate: staff || actor.role === "ADMIN",
    };
  }

  if (conversation.thread && conversation.thread.participants.length > 0) {
    return { conversationId, kind: "thread", canPost: verified, canModerate: actor.role === "ADMIN" };
  }
  return null;
}
