import "server-only";
import type { Actor } from "@/lib/access/conversation";
import { requireVerified } from "@/lib/access/verified";
import type { AuditHook } from "@/lib/audit/record";
import { assertNotBlockedBy } from "@/lib/blocks/blocks";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { openThread, type OpenedThread } from "@/lib/threads/open-thread";
import type { StartThreadInput } from "@/lib/zod/threads";

/**
 * Starts a thread: the actor with the people chosen (one person: their existing thread is reused;
 * several: a group, with what people added later read and whether everyone may manage it). With `between` (platform admins only, from /admin) the chosen people talk
 * among themselves and the actor is not in it; `audit` then records a creation.
 */
export async function startThread(
  actor: Actor,
  input: Pick<StartThreadInput, "userIds" | "title"> & Partial<Pick<StartThreadInput, "history" | "anyoneManages">> & { between?: boolean },
  { audit }: AuditHook<{ id: string; conversationId: string }> = {},
): Promise<OpenedThread> {
  let participants: string[];
  if (input.between) {
    if (actor.role !== "ADMIN") throw notFound();
    participants = input.userIds;
  } else {
    requireVerified(actor);
    const others = input.userIds.filter((id) => id !== actor.id);
    await assertNotBlockedBy(actor.id, others);
    participants = [actor.id, ...others];
  }
  const group = participants.length > 2;
  const opened = await openThread(participants, {
    createdById: actor.id,
    title: group ? input.title : undefined,
    history: group ? input.history : undefined,
    anyoneManages: group ? input.anyoneManages : undefined,
    startedBy: input.between ? undefined : actor.id,
    audit,
  });
  // Writing to someone whose request you had not accepted (or had ignored) accepts it.
  if (opened.reused && !input.between) {
    await db.threadParticipant.updateMany({ where: { threadId: opened.id, userId: actor.id, status: { not: "ACCEPTED" } }, data: { status: "ACCEPTED" } });
  }
  return opened;
}
