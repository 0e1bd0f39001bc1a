import "server-only";
import { revokeSessions } from "@/lib/accounts/sessions";
import { assertAdmin, type AdminActor } from "@/lib/admin/guard";
import { readTargets, refuseIfNothingToDo, type Skipped } from "@/lib/admin/users/targets";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { publishAll, publication } from "@/lib/realtime/server";

/**
 * Suspends accounts: they can no longer sign in, and every session and API token they hold
 * ends now (each request re-checks the session row and the account's status). Open tabs are
 * told through their private channel so they can leave at once.
 */
export async function suspendUsers(actor: AdminActor, userIds: string[]): Promise<{ suspended: number; skipped: Skipped[] }> {
  assertAdmin(actor);
  const { eligible, skipped } = await db.$transaction(async (tx) => {
    const targets = await readTargets(tx, actor, userIds, "suspend");
    refuseIfNothingToDo(targets.eligible, targets.skipped);
    for (const user of targets.eligible) {
      if (user.status === "SUSPENDED") continue;
      await tx.user.update({ where: { id: user.id }, data: { status: "SUSPENDED" } });
      const [sessions, tokens] = await Promise.all([
        tx.session.count({ where: { userId: user.id } }),
        tx.refreshToken.count({ where: { userId: user.id, revokedAt: null } }),
      ]);
      await revokeSessions(user.id, {}, tx);
      await recordAudit(tx, actor, "user.suspend", { type: "user", id: user.id }, {
        label: `@${user.username}`,
        before: { status: "ACTIVE" },
        after: { status: "SUSPENDED" },
        sessionsEnded: sessions,
        apiTokensRevoked: tokens,
      });
    }
    return targets;
  });
  const newlySuspended = eligible.filter((user) => user.status === "ACTIVE");
  await publishAll(newlySuspended.map((user) => publication("user", user.id, "session.ended", { reason: "suspended" })));
  return { suspended: newlySuspended.length, skipped };
}
