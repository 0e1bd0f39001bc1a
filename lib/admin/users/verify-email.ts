import "server-only";
import { revokeTokens } from "@/lib/accounts/tokens";
import { assertAdmin, type AdminActor } from "@/lib/admin/guard";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";

/** Marks the account's current email address as verified, as if they had opened the link. */
export async function verifyUserEmail(actor: AdminActor, userId: string): Promise<void> {
  assertAdmin(actor);
  await db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId }, select: { id: true, username: true, email: true, emailVerifiedAt: true } });
    if (!user) throw notFound("That user");
    if (user.emailVerifiedAt) throw new AppError("conflict", `@${user.username}'s email address is already verified.`);
    const now = new Date();
    await tx.user.update({ where: { id: user.id }, data: { emailVerifiedAt: now } });
    await revokeTokens(user.id, "EMAIL_VERIFICATION", tx); // links already sent have nothing left to do
    await recordAudit(tx, actor, "user.verify_email", { type: "user", id: user.id }, {
      label: `@${user.username}`,
      email: user.email,
      before: { emailVerifiedAt: null },
      after: { emailVerifiedAt: now },
    });
  });
}
