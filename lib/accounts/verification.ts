import "server-only";
import { sendEmailChangedNotice, sendVerificationEmail } from "@/lib/accounts/emails";
import { accountLimits } from "@/lib/accounts/rate-limits";
import { consumeToken, issueToken } from "@/lib/accounts/tokens";
import { runAfterResponse } from "@/lib/background";
import { db } from "@/lib/db";
import { violatedUniqueIndex } from "@/lib/db-errors";
import { AppError } from "@/lib/errors";
import { checkRateLimit, rateLimit } from "@/lib/rate-limit";

// Email verification: after sign-up, and for a new address (email change). A token records the
// address it was sent to; using it verifies that address and, if it isn't the account's address
// yet, makes it so.

type Account = { id: string; email: string; fullName: string; emailVerifiedAt: Date | null };

const inboxKey = (email: string) => `verify:inbox:${email}`;

/** "Resend verification email" for the signed-in person (the banner): a fresh link to their address. */
export async function resendVerification(user: Account): Promise<{ email: string }> {
  if (user.emailVerifiedAt) throw new AppError("conflict", "Your email address is already verified.");
  await rateLimit(inboxKey(user.email), accountLimits.emailsPerInbox, "We have sent you several links already: check your inbox and spam folder.");
  const token = await issueToken(user.id, "EMAIL_VERIFICATION", user.email);
  await sendVerificationEmail(user, token);
  return { email: user.email };
}

/**
 * "Send me a new link" by address, signed out (e.g. from an expired link's page). The answer is the
 * same whether or not an unverified account has that address: the lookup and the email happen
 * after the response, and the per-inbox limit refuses silently.
 */
export async function requestVerificationEmail(email: string, { ip }: { ip: string }): Promise<void> {
  await rateLimit(`verify:ip:${ip}`, accountLimits.emailRequestsPerIp, "Too many requests from your network.");
  runAfterResponse("verification email on request", async () => {
    const user = await db.user.findUnique({ where: { email } });
    if (!user || user.emailVerifiedAt || user.status !== "ACTIVE") return;
    if (!(await checkRateLimit(inboxKey(email), accountLimits.emailsPerInbox)).allowed) return;
    await sendVerificationEmail(user, await issueToken(user.id, "EMAIL_VERIFICATION", email));
  });
}

export type VerificationOutcome =
  | { status: "verified" | "already-verified"; email: string }
  | { status: "expired" | "used" | "invalid" | "email-taken" };

/** Uses a verification link. */
export async function verifyEmail(rawToken: string): Promise<VerificationOutcome> {
  try {
    const { outcome, changed } = await db.$transaction(async (tx) => {
      const check = await consumeToken(rawToken, "EMAIL_VERIFICATION", tx);
      if (check.status !== "valid") {
        const user = check.token && (await tx.user.findUnique({ where: { id: check.token.userId } }));
        const sameAddress = user && (check.token?.email ?? user.email) === user.email;
        if (check.status === "used" && user?.emailVerifiedAt && sameAddress) {
          return { outcome: { status: "already-verified", email: user.email } as const };
        }
        return { outcome: { status: check.status } as const };
      }
      const before = await tx.user.findUniqueOrThrow({ where: { id: check.token.userId } });
      const email = check.token.email ?? before.email;
      const changed = email !== before.email;
      const user = await tx.user.update({
        where: { id: before.id },
        data: { email, emailVerifiedAt: changed || !before.emailVerifiedAt ? new Date() : before.emailVerifiedAt },
      });
      return { outcome: { status: "verified", email } as const, changed: changed ? { user, oldEmail: before.email } : undefined };
    });
    if (changed) runAfterResponse("email-changed notice", () => sendEmailChangedNotice(changed.user, changed.oldEmail));
    return outcome;
  } catch (error) {
    // Someone else took the new address between the request and this click.
    if (violatedUniqueIndex(error) === "User_email_key") return { status: "email-taken" };
    throw error;
  }
}
