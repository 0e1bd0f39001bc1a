import "server-only";
import { assertAvailable, rethrowTaken } from "@/lib/accounts/availability";
import { assertCurrentPassword } from "@/lib/accounts/current-password";
import { sendVerificationEmail } from "@/lib/accounts/emails";
import { accountLimits } from "@/lib/accounts/rate-limits";
import { issueToken, revokeTokens } from "@/lib/accounts/tokens";
import { db } from "@/lib/db";
import { AppError, fieldError } from "@/lib/errors";
import { rateLimit } from "@/lib/rate-limit";

type Actor = { id: string; email: string; fullName: string; emailVerifiedAt: Date | null };

/**
 * Needs the current password, then a click on the link sent to the new address. A verified
 * account keeps its address until then ("pending"); an unverified one switches at once, since
 * its current address was never confirmed (the usual case: a typo at sign-up).
 */
export async function requestEmailChange(actor: Actor, { email, currentPassword }: { email: string; currentPassword: string }) {
  await assertCurrentPassword(actor.id, currentPassword, "currentPassword");
  if (email === actor.email) throw fieldError("email", "That is already your email address.");
  await assertAvailable({ email }, actor.id);
  await rateLimit(`verify:inbox:${email}`, accountLimits.emailsPerInbox, "We have sent several links to that address already.");

  const token = await db
    .$transaction(async (tx) => {
      if (!actor.emailVerifiedAt) await tx.user.update({ where: { id: actor.id }, data: { email } });
      return issueToken(actor.id, "EMAIL_VERIFICATION", email, tx);
    })
    .catch(rethrowTaken);
  await sendVerificationEmail({ ...actor, email: actor.emailVerifiedAt ? actor.email : email }, token, email);
  return { email, pending: Boolean(actor.emailVerifiedAt) };
}

/** The address a verified account is switching to, while its link is still valid. */
export async function pendingEmailChange(actor: { id: string; email: string }): Promise<string | null> {
  const token = await db.userToken.findFirst({
    where: { userId: actor.id, purpose: "EMAIL_VERIFICATION", usedAt: null, expiresAt: { gt: new Date() }, NOT: { email: actor.email } },
    orderBy: { createdAt: "desc" },
    select: { email: true },
  });
  return token?.email ?? null;
}

/** Sends the pending change's link again. */
export async function resendEmailChange(actor: Actor) {
  const email = await pendingEmailChange(actor);
  if (!email) throw new AppError("conflict", "There is no email change waiting for confirmation.");
  await rateLimit(`verify:inbox:${email}`, accountLimits.emailsPerInbox, "We have sent several links to that address already.");
  await sendVerificationEmail(actor, await issueToken(actor.id, "EMAIL_VERIFICATION", email), email);
  return { email };
}

export async function cancelEmailChange(actor: { id: string }): Promise<void> {
  await revokeTokens(actor.id, "EMAIL_VERIFICATION");
}
