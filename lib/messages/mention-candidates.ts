import "server-only";
import type { Actor } from "@/lib/access/conversation";
import { db } from "@/lib/db";
import { readableConversation } from "@/lib/messages/access";

export type MentionCandidate = { id: string; username: string; fullName: string; image: string | null };

/**
 * For the composer's @-autocomplete: up to 8 people of the conversation (a channel's server
 * members, not banned; a thread's participants), the actor aside, whose username starts with `q`
 * or whose name has a word starting with it.
 */
export async function mentionCandidates(actor: Actor, input: { conversationId: string; q: string }): Promise<MentionCandidate[]> {
  const access = await readableConversation(actor, input.conversationId);
  const inConversation =
    access.kind === "channel"
      ? { memberships: { some: { banned: false, server: { channels: { some: { conversationId: access.conversationId } } } } } }
      : { threads: { some: { thread: { conversationId: access.conversationId } } } };
  const q = input.q.toLowerCase();
  return db.user.findMany({
    where: {
      id: { not: actor.id },
      status: "ACTIVE",
      ...inConversation,
      ...(q ? { OR: [{ username: { startsWith: q } }, { fullName: { startsWith: q, mode: "insensitive" as const } }, { fullName: { contains: ` ${q}`, mode: "insensitive" as const } }] } : {}),
    },
    orderBy: { username: "asc" },
    take: 8,
    select: { id: true, username: true, fullName: true, image: true },
  });
}
