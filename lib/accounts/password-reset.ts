import "server-only";
import { sendPasswordChangedNotice, sendPasswordResetEmail } from "@/lib/accounts/emails";
import { accountLimits } from "@/lib/accounts/rate-limits";
import { announceSessionsEnded, revokeSessions } from "@/lib/accounts/sessions";
import { signInAccountKey, signInAccountSlowKey } from "@/lib/accounts/sign-in-limits";
import { consumeToken, issueToken } from "@/lib/accounts/tokens";
import { hashPassword } from "@/lib/auth/password";
import { runAfterResponse } from "@/lib/background";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { checkRateLimit, clearRateLimit, rateLimit } from "@/lib/rate-limit";

/**
 * Step 1: "email me a reset link". Answers the same, in the same time, whether or not an account
 * has that address: only the per-IP limit is checked before answering; the lookup and the email
 * happen after the response, and the per-inbox limit refuses silently.
 */
export async function requestPasswordReset(email: string, { ip }: { ip: string }): Promise<void> {
  await rateLimit(`reset:ip:${ip}`, accountLimits.emailRequestsPerIp, "Too many reset requests from your network.");
  runAfterResponse("password reset email", async () => {
    const user = await db.user.findUnique({ where: { email } });
    if (!user) return;
    if (!(await checkRateLimit(`reset:inbox:${email}`, accountLimits.emailsPerInbox)).allowed) return;
    await sendPasswordResetEmail(user, await issueToken(user.id, "PASSWORD_RESET"));
  });
}

export const RESET_LINK_PROBLEMS = {
  expired: { title: "This reset link has expired", text: "Reset links work for 1 hour." },
  used: { title: "This reset link has already been used", text: "Each link works once." },
  invalid: { title: "This reset link isn't valid", text: "It may be incomplete, or a newer link replaced it." },
} as const;

/**
 * Step 3: sets the new password from an emailed link. Uses the link, signs the account out
 * everywhere (browser sessions and API refresh tokens), and counts as proof of the address.
 */
export async function resetPassword({ token, password }: { token: string; password: string }) {
  const passwordHash = await hashPassword(password);
  const user = await db.$transaction(async (tx) => {
    const check = await consumeToken(token, "PASSWORD_RESET", tx);
    if (check.status !== "valid") {
      const { title, text } = RESET_LINK_PROBLEMS[check.status];
      throw new AppError("validation", `${title}. ${text}`);
    }
    const current = await tx.user.findUniqueOrThrow({ where: { id: check.token.userId } });
    await revokeSessions(current.id, {}, tx);
    return tx.user.update({ where: { id: current.id }, data: { passwordHash, emailVerifiedAt: current.emailVerifiedAt ?? new Date() } });
  });
  await Promise.all([clearRateLimit(signInAccountKey(user.email)), clearRateLimit(signInAccountSlowKey(user.email))]);
  await announceSessionsEnded(user.id, "password-changed");
  runAfterResponse("password-changed notice", () => sendPasswordChangedNotice(user));
  return user;
}
