import "server-only";
import { assertAdmin, type AdminActor } from "@/lib/admin/guard";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { AppError, forbidden, notFound } from "@/lib/errors";

/**
 * Promotes a user to admin or demotes an admin. Never your own role, and never the last active
 * admin: the admin rows are locked first, so two admins demoting each other at the same moment
 * cannot both succeed.
 */
export async function setUserRole(actor: AdminActor, userId: string, role: "USER" | "ADMIN"): Promise<void> {
  assertAdmin(actor);
  if (userId === actor.id) throw forbidden("You can't change your own role: ask another admin.");
  await db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM "User" WHERE role = 'ADMIN' FOR UPDATE`;
    const user = await tx.user.findUnique({
      where: { id: userId },
      select: { id: true, username: true, role: true, status: true, emailVerifiedAt: true },
    });
    if (!user) throw notFound("That user");
    if (user.role === role) throw new AppError("conflict", role === "ADMIN" ? `@${user.username} is already an admin.` : `@${user.username} is not an admin.`);
    if (role === "ADMIN" && user.status !== "ACTIVE") throw new AppError("conflict", `Reactivate @${user.username} before making them an admin.`);
    if (role === "ADMIN" && !user.emailVerifiedAt) throw new AppError("conflict", `@${user.username} must verify their email address before becoming an admin.`);
    if (role === "USER") {
      const others = await tx.user.count({ where: { role: "ADMIN", status: "ACTIVE", id: { not: user.id } } });
      if (others === 0) throw new AppError("conflict", `@${user.username} is the last admin: make someone else an admin first.`);
    }
    await tx.user.update({ where: { id: user.id }, data: { role } });
    await recordAudit(tx, actor, role === "ADMIN" ? "user.promote" : "user.demote", { type: "user", id: user.id }, {
      label: `@${user.username}`,
      before: { role: user.role },
      after: { role },
    });
  });
}
