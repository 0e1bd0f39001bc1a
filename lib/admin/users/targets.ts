import "server-only";
import { db, type Prisma } from "@/lib/db";
import type { AdminActor } from "@/lib/admin/guard";
import { AppError } from "@/lib/errors";

export type TargetUser = { id: string; username: string; email: string; status: "ACTIVE" | "SUSPENDED" };
export type Skipped = { id: string; username?: string; reason: string };

/**
 * The accounts a suspension or deletion may touch. Never the admin's own account, and never
 * another admin's (remove their admin rights first), which also means these actions can never
 * remove the last admin.
 */
export async function readTargets(
  tx: Prisma.TransactionClient | typeof db,
  actor: AdminActor,
  userIds: string[],
  verb: "suspend" | "delete",
): Promise<{ eligible: TargetUser[]; skipped: Skipped[] }> {
  const ids = [...new Set(userIds)];
  const users = await tx.user.findMany({
    where: { id: { in: ids } },
    select: { id: true, username: true, email: true, status: true, role: true },
  });
  const byId = new Map(users.map((user) => [user.id, user]));
  const eligible: TargetUser[] = [];
  const skipped: Skipped[] = [];
  for (const id of ids) {
    const user = byId.get(id);
    if (!user) skipped.push({ id, reason: "no longer exists" });
    else if (user.id === actor.id) skipped.push({ id, username: user.username, reason: `you can't ${verb} your own account` });
    else if (user.role === "ADMIN") skipped.push({ id, username: user.username, reason: `remove @${user.username}'s admin rights first` });
    else eligible.push(user);
  }
  return { eligible, skipped };
}

/** One refusal explains itself; a batch where nothing could be done explains the first reason. */
export function refuseIfNothingToDo(eligible: unknown[], skipped: Skipped[]): void {
  if (eligible.length > 0) return;
  const first = skipped[0];
  const message = first ? capitalise(first.reason) + "." : "Choose at least one user.";
  throw new AppError(first?.reason === "no longer exists" ? "not_found" : "forbidden", message);
}

function capitalise(text: string) {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
