import "server-only";
import { assertAdmin, type AdminActor } from "@/lib/admin/guard";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { startThread } from "@/lib/threads/start-thread";
import type { AdminThreadInput } from "@/lib/zod/threads";

/**
 * Opens a thread between chosen people (the messaging service's startThread; the admin is not in it).
 * Two people who already have their thread get that one back, and nothing is recorded.
 */
export async function adminCreateThread(actor: AdminActor, input: AdminThreadInput) {
  assertAdmin(actor);
  const users = await db.user.findMany({ where: { id: { in: input.userIds } }, select: { username: true } });
  const participants = users.map((u) => `@${u.username}`).sort();
  return startThread(actor, { ...input, between: true }, {
    audit: (tx, thread) =>
      recordAudit(tx, actor, "thread.create", { type: "thread", id: thread.id }, {
        label: input.title && participants.length > 2 ? input.title : participants.join(", "),
        after: { participants, ...(input.title && participants.length > 2 ? { title: input.title } : {}) },
      }),
  });
}
