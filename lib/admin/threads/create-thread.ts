import { assertAdmin, type AdminActor } from "@/lib/admin/guard";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { openThreadBetween } from "@/lib/threads/start-thread";

/**
 * Opens a direct thread between chosen people (the messaging service; the admin is not in it).
 * Two people who already have their thread get that one back, and nothing is recorded.
 */
export async function adminCreateThread(actor: AdminActor, input: { userIds: string[]; title?: string }) {
  assertAdmin(actor);
  const users = await db.user.findMany({ where: { id: { in: input.userIds } }, select: { username: true } });
  const participants = users.map((u) => `@${u.username}`).sort();
  return openThreadBetween(actor, input, {
    audit: (tx, thread) =>
      recordAudit(tx, actor, "thread.create", { type: "thread", id: thread.id }, {
        label: input.title && participants.length > 2 ? input.title : participants.join(", "),
        after: { participants, ...(input.title && participants.length > 2 ? { title: input.title } : {}) },
      }),
  });
}
