import "server-only";
import { channelReadersWhere } from "@/lib/access/channel-read";
import type { Actor } from "@/lib/access/conversation";
import { db } from "@/lib/db";
import { personMatch } from "@/lib/person-match";
import { readableConversation } from "@/lib/messages/access";

export type MentionCandidate = { id: string; username: string; fullName: string; image: string | null };

/**
 * For the composer's @-autocomplete: up to 8 people of the conversation (those who may read a
 * channel: its server's members not banned, of a private channel only its readers; a thread's
 * participants), the actor aside, whose username starts with `q` or whose name has a word starting with it.
 */
export async function mentionCandidates(actor: Actor, input: { conversationId: string; q: string }): Promise<MentionCandidate[]> {
  const access = await readableConversation(actor, input.conversationId);
  const inConversation =
    access.kind === "channel"
      ? channelReadersWhere(access.conversationId)
      : { threads: { some: { thread: { conversationId: access.conversationId } } } };
  return db.user.findMany({
    where: {
      id: { not: actor.id },
      status: "ACTIVE",
      ...inConversation,
      ...personMatch(input.q),
    },
    orderBy: { username: "asc" },
    take: 8,
    select: { id: true, username: true, fullName: true, image: true },
  });
}
