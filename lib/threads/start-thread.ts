import type { Actor } from "@/lib/access/conversation";
import type { AuditHook } from "@/lib/audit/record";
import { forbidden, notFound } from "@/lib/errors";
import { openThread, type OpenedThread } from "@/lib/threads/open-thread";

/** The actor starts a thread with others: one person (their existing thread is reused) or a group. */
export async function startThread(actor: Actor, input: { userIds: string[]; title?: string }): Promise<OpenedThread> {
  if (!actor.emailVerifiedAt) throw forbidden("Verify your email address before messaging people.");
  const others = input.userIds.filter((id) => id !== actor.id);
  return openThread([actor.id, ...others], { createdById: actor.id, title: others.length > 1 ? input.title : undefined });
}

/** An admin opens a thread between other users (from /admin); the admin is not a participant. */
export async function openThreadBetween(
  admin: Actor,
  input: { userIds: string[]; title?: string },
  { audit }: AuditHook<{ id: string; conversationId: string }> = {},
): Promise<OpenedThread> {
  if (admin.role !== "ADMIN") throw notFound();
  return openThread(input.userIds, { createdById: admin.id, title: input.userIds.length > 2 ? input.title : undefined, audit });
}
