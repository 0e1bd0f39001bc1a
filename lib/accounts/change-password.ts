import "server-only";
import { assertCurrentPassword } from "@/lib/accounts/current-password";
import { sendPasswordChangedNotice } from "@/lib/accounts/emails";
import { announceSessionsEnded, revokeSessions } from "@/lib/accounts/sessions";
import { revokeTokens } from "@/lib/accounts/tokens";
import { hashPassword } from "@/lib/auth/password";
import { runAfterResponse } from "@/lib/background";
import { db } from "@/lib/db";

type Actor = { id: string; sessionId?: string };

/**
 * Needs the current password. Signs out every other browser session and API client (this one
 * stays signed in) and voids pending reset links; the owner gets a notice by email.
 */
export async function changePassword(
  actor: Actor,
  { currentPassword, newPassword, socketId }: { currentPassword: string; newPassword: string; socketId?: string },
) {
  await assertCurrentPassword(actor.id, currentPassword, "currentPassword");
  const passwordHash = await hashPassword(newPassword);
  const user = await db.$transaction(async (tx) => {
    await revokeSessions(actor.id, { except: actor.sessionId }, tx);
    await revokeTokens(actor.id, "PASSWORD_RESET", tx);
    return tx.user.update({ where: { id: actor.id }, data: { passwordHash } });
  });
  await announceSessionsEnded(actor.id, "password-changed", socketId);
  runAfterResponse("password-changed notice", () => sendPasswordChangedNotice(user));
}
