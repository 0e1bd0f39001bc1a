import "server-only";
import type { Actor } from "@/lib/access/conversation";
import { requireVerified } from "@/lib/access/verified";
import { db } from "@/lib/db";
import { forbidden, notFound } from "@/lib/errors";

export type ManagedThread = {
  id: string;
  conversationId: string;
  createdById: string | null;
  anyoneManages: boolean;
  history: "ALL" | "SINCE_JOIN";
  participantIds: string[];
};

/**
 * A group thread the actor is in, for changing it: anyone else gets "not found" (as for reading);
 * a one-to-one thread can't be changed.
 */
export async function groupThreadOf(actor: Actor, threadId: string): Promise<ManagedThread> {
  const thread = await db.thread.findFirst({
    where: { id: threadId, participants: { some: { userId: actor.id } } },
    select: {
      id: true, conversationId: true, directKey: true, createdById: true, anyoneManages: true, history: true,
      participants: { orderBy: { joinedAt: "asc" }, select: { userId: true } },
    },
  });
  if (!thread) throw notFound("Thread");
  if (thread.directKey !== null) throw forbidden("A one-to-one thread can't be changed: start a group to talk with more people.");
  const { id, conversationId, createdById, anyoneManages, history, participants } = thread;
  return { id, conversationId, createdById, anyoneManages, history, participantIds: participants.map((p) => p.userId) };
}

/** The same, for renaming it and adding or removing people: its creator, or anyone when the group allows it (verified). */
export async function threadToManage(actor: Actor, threadId: string): Promise<ManagedThread> {
  const thread = await groupThreadOf(actor, threadId);
  requireVerified(actor);
  if (!thread.anyoneManages && thread.createdById !== actor.id) throw forbidden("Only the person who started this group can change it.");
  return thread;
}
