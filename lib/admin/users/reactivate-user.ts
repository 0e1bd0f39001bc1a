import "server-only";
import { assertAdmin, type AdminActor } from "@/lib/admin/guard";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";

/** Lifts a suspension: the person can sign in again (their old sessions stay ended). */
export async function reactivateUser(actor: AdminActor, userId: string): Promise<void> {
  assertAdmin(actor);
  await db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId }, select: { id: true, username: true, status: true } });
    if (!user) throw notFound("That user");
    if (user.status === "ACTIVE") throw new AppError("conflict", `@${user.username} is not suspended.`);
    await tx.user.update({ where: { id: user.id }, data: { status: "ACTIVE" } });
    await recordAudit(tx, actor, "user.reactivate", { type: "user", id: user.id }, {
      label: `@${user.username}`,
      before: { status: "SUSPENDED" },
      after: { status: "ACTIVE" },
    });
  });
}
