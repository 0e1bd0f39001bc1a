import "server-only";
import { assertAvailable, rethrowTaken } from "@/lib/accounts/availability";
import { sendSignUpAttemptNotice, sendVerificationEmail } from "@/lib/accounts/emails";
import { accountLimits } from "@/lib/accounts/rate-limits";
import { issueToken } from "@/lib/accounts/tokens";
import { hashPassword } from "@/lib/auth/password";
import { runAfterResponse } from "@/lib/background";
import { db } from "@/lib/db";
import { violatedUniqueIndex } from "@/lib/db-errors";
import { checkRateLimit, rateLimit } from "@/lib/rate-limit";
import type { SignUpInput } from "@/lib/zod/accounts";

export const signUpIpKey = (ip: string) => `signup:ip:${ip}`;
const attemptNoticeKey = (email: string) => `signup:notice:${email}`;

/**
 * Creates an account (unverified) and emails its verification link. The answer is the same
 * whether or not the email already has an account (nothing is returned): the owner of a taken
 * address gets a "someone tried to create an account" email instead, so sign-up never tells a
 * stranger who is registered. Taken usernames (public anyway) are refused with a field error,
 * as are too many sign-ups from one IP address.
 */
export async function signUp(input: SignUpInput, { ip }: { ip: string }): Promise<void> {
  await rateLimit(signUpIpKey(ip), accountLimits.signUpPerIp, "Too many accounts were created from your network.");
  const { email, username, fullName, password } = input;
  await assertAvailable({ username });
  const passwordHash = await hashPassword(password); // also when the email is taken: the same time either way
  const existing = await db.user.findUnique({ where: { email }, select: { email: true, fullName: true } });
  if (existing) return noticeExistingOwner(existing);
  const created = await db
    .$transaction(async (tx) => {
      const user = await tx.user.create({ data: { email, username, fullName, passwordHash } });
      return { user, token: await issueToken(user.id, "EMAIL_VERIFICATION", email, tx) };
    })
    .catch((error) => {
      if (violatedUniqueIndex(error) === "User_email_key") return null; // taken meanwhile: the same answer
      return rethrowTaken(error);
    });
  if (!created) return;
  runAfterResponse("verification email after sign-up", () => sendVerificationEmail(created.user, created.token));
}

function noticeExistingOwner(owner: { email: string; fullName: string }) {
  runAfterResponse("sign-up attempt notice", async () => {
    if (!(await checkRateLimit(attemptNoticeKey(owner.email), accountLimits.emailsPerInbox)).allowed) return;
    await sendSignUpAttemptNotice(owner);
  });
}
