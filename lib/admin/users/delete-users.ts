import "server-only";
import { deleteAccount } from "@/lib/accounts/delete-account";
import { assertAdmin, type AdminActor } from "@/lib/admin/guard";
import { readTargets, refuseIfNothingToDo, type Skipped } from "@/lib/admin/users/targets";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db";

/**
 * Deletes accounts exactly as their owners could (the accounts service): personal data and
 * sessions go, messages stay as "Deleted user", owned servers pass to the next in line or are
 * deleted when empty. Each account goes in its own transaction, with its audit entry.
 */
export async function deleteUsers(actor: AdminActor, userIds: string[]): Promise<{ deleted: number; skipped: Skipped[] }> {
  assertAdmin(actor);
  const { eligible, skipped } = await readTargets(db, actor, userIds, "delete");
  refuseIfNothingToDo(eligible, skipped);
  let deleted = 0;
  for (const user of eligible) {
    try {
      await deleteAccount(user.id, {
        audit: (tx, { transferred, deletedServers }) =>
          recordAudit(tx, actor, "user.delete", { type: "user", id: user.id }, {
            label: `@${user.username}`,
            before: { email: user.email, status: user.status },
            serversTransferred: transferred.map((s) => `${s.name} → @${s.successor!.username}`),
            serversDeleted: deletedServers.map((s) => s.name),
          }),
      });
      deleted++;
    } catch (error) {
      console.error(`admin: deleting @${user.username} failed:`, error);
      skipped.push({ id: user.id, username: user.username, reason: "could not be deleted, try again" });
    }
  }
  if (deleted === 0) refuseIfNothingToDo([], skipped);
  return { deleted, skipped };
}
