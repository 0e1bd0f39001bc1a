import "server-only";
import { isUniqueViolation } from "@/lib/db-errors";
import type { AuditHook } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { THREAD_MAX_PARTICIPANTS } from "@/lib/messages/limits";
import { requestedRecipients } from "@/lib/requests/reach";

export type OpenedThread = { id: string; conversationId: string; reused: boolean };

type Options = {
  createdById: string;
  title?: string;
  history?: "ALL" | "SINCE_JOIN";
  anyoneManages?: boolean;
  /** The person starting it, whose reach the others' "who can message me" decides (not for admins' threads between others). */
  startedBy?: string;
} & AuditHook<{ id: string; conversationId: string }>;

/** The key that makes the one-to-one thread between two people unique. */
export function directKeyOf(a: string, b: string): string {
  return [a, b].sort().join(":");
}

/**
 * Opens a thread between `participantIds` (2–10 distinct, active, verified users). Two people get
 * their one direct thread, reused if it exists; more people get a new group thread. `audit` (the
 * admin area) is written in the transaction that creates a thread (not when one is reused).
 * With `startedBy`, a new thread reaches the others as their settings say (refused, or as a
 * message request); an existing direct thread is reused whatever they say now.
 */
export async function openThread(participantIds: string[], options: Options): Promise<OpenedThread> {
  const ids = [...new Set(participantIds)];
  if (ids.length < 2) throw new AppError("validation", "Choose at least one other person.", { userIds: "Choose at least one other person" });
  if (ids.length > THREAD_MAX_PARTICIPANTS) {
    const message = `A thread holds at most ${THREAD_MAX_PARTICIPANTS} people.`;
    throw new AppError("validation", message, { userIds: message });
  }
  await requireReachable(ids);

  if (ids.length === 2) {
    const directKey = directKeyOf(ids[0]!, ids[1]!);
    const existing = await db.thread.findUnique({ where: { directKey }, select: { id: true, conversationId: true } });
    if (existing) return { ...existing, reused: true };
    try {
      return { ...(await create(ids, { ...options, title: undefined, history: undefined, anyoneManages: undefined, directKey })), reused: false };
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      // Both people started it at the same moment: use the one that won.
      return { ...(await db.thread.findUniqueOrThrow({ where: { directKey }, select: { id: true, conversationId: true } })), reused: true };
    }
  }
  return { ...(await create(ids, options)), reused: false };
}

async function create(ids: string[], options: Options & { directKey?: string }) {
  const starter = options.startedBy;
  const requested = starter ? await requestedRecipients(starter, ids.filter((id) => id !== starter)) : [];
  return db.$transaction(async (tx) => {
    const thread = await tx.thread.create({
      data: {
        directKey: options.directKey ?? null,
        title: options.title || null,
        createdById: options.createdById,
        history: options.history ?? "ALL",
        anyoneManages: options.anyoneManages ?? false,
        conversation: { create: {} },
        participants: { create: ids.map((userId) => ({ userId, status: requested.includes(userId) ? ("REQUESTED" as const) : ("ACCEPTED" as const) })) },
      },
      select: { id: true, conversationId: true },
    });
    await options.audit?.(tx, thread);
    return thread;
  });
}

/** Everyone must exist, be active and have verified their address (the others could not reply). */
export async function requireReachable(ids: string[]) {
  const users = await db.user.findMany({ where: { id: { in: ids } }, select: { id: true, status: true, emailVerifiedAt: true, fullName: true } });
  const missing = ids.filter((id) => !users.some((u) => u.id === id && u.status === "ACTIVE"));
  if (missing.length > 0) throw new AppError("validation", "Some of these people can't be found.", { userIds: "Some of these people can't be found" });
  const unverified = users.filter((u) => !u.emailVerifiedAt);
  if (unverified.length > 0) {
    const message = `${unverified.map((u) => u.fullName).join(", ")} can't receive messages until they verify their email address.`;
    throw new AppError("validation", message, { userIds: message });
  }
}
