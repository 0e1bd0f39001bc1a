import "server-only";
import { randomBytes } from "node:crypto";
import { sendPasswordResetEmail } from "@/lib/accounts/emails";
import { announceSessionsEnded, revokeSessions } from "@/lib/accounts/sessions";
import { issueToken } from "@/lib/accounts/tokens";
import { assertAdmin, type AdminActor } from "@/lib/admin/guard";
import { sendOrExplain } from "@/lib/admin/users/send-or-explain";
import { recordAudit } from "@/lib/audit/record";
import { hashPassword } from "@/lib/auth/password";
import { db } from "@/lib/db";
import { forbidden, notFound } from "@/lib/errors";

/**
 * For an account that may be compromised: its current password stops working, every session
 * and API token ends, and a reset link (the accounts service's) goes to its email address.
 * The person signs in again only after choosing a new password.
 */
export async function forcePasswordReset(actor: AdminActor, userId: string): Promise<{ email: string }> {
  assertAdmin(actor);
  if (userId === actor.id) throw forbidden("Change your own password from Settings.");
  const unusable = await hashPassword(randomBytes(32).toString("base64url")); // nobody knows it
  const { user, token } = await db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId }, select: { id: true, username: true, email: true, fullName: true } });
    if (!user) throw notFound("That user");
    const sessions = await tx.session.count({ where: { userId: user.id } });
    await tx.user.update({ where: { id: user.id }, data: { passwordHash: unusable } });
    await revokeSessions(user.id, {}, tx);
    const token = await issueToken(user.id, "PASSWORD_RESET", null, tx);
    await recordAudit(tx, actor, "user.force_password_reset", { type: "user", id: user.id }, {
      label: `@${user.username}`,
      email: user.email,
      sessionsEnded: sessions,
    });
    return { user, token };
  });
  await announceSessionsEnded(user.id, "password-changed");
  await sendOrExplain(() => sendPasswordResetEmail(user, token));
  return { email: user.email };
}
