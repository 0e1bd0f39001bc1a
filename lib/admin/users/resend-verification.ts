import "server-only";
import { sendVerificationEmail } from "@/lib/accounts/emails";
import { issueToken } from "@/lib/accounts/tokens";
import { assertAdmin, type AdminActor } from "@/lib/admin/guard";
import { sendOrExplain } from "@/lib/admin/users/send-or-explain";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";

/** Sends a fresh verification link (the accounts service's token and email); older links stop working. */
export async function adminResendVerification(actor: AdminActor, userId: string): Promise<{ email: string }> {
  assertAdmin(actor);
  const { user, token } = await db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId }, select: { id: true, username: true, email: true, fullName: true, emailVerifiedAt: true } });
    if (!user) throw notFound("That user");
    if (user.emailVerifiedAt) throw new AppError("conflict", `@${user.username}'s email address is already verified.`);
    const token = await issueToken(user.id, "EMAIL_VERIFICATION", user.email, tx);
    await recordAudit(tx, actor, "user.resend_verification", { type: "user", id: user.id }, { label: `@${user.username}`, email: user.email });
    return { user, token };
  });
  await sendOrExplain(() => sendVerificationEmail(user, token));
  return { email: user.email };
}
