import { assertAvailable, rethrowTaken } from "@/lib/accounts/availability";
import { sendVerificationEmail } from "@/lib/accounts/emails";
import { accountLimits } from "@/lib/accounts/rate-limits";
import { issueToken } from "@/lib/accounts/tokens";
import { hashPassword } from "@/lib/auth/password";
import { runAfterResponse } from "@/lib/background";
import { db } from "@/lib/db";
import { rateLimit } from "@/lib/rate-limit";
import type { SignUpInput } from "@/lib/zod/accounts";

export const signUpIpKey = (ip: string) => `signup:ip:${ip}`;

/**
 * Creates an account (unverified) and emails its verification link. Refuses taken emails and
 * usernames with field errors, and too many sign-ups from one IP address.
 */
export async function signUp(input: SignUpInput, { ip }: { ip: string }) {
  await rateLimit(signUpIpKey(ip), accountLimits.signUpPerIp, "Too many accounts were created from your network.");
  const { email, username, fullName, password } = input;
  await assertAvailable({ email, username });
  const passwordHash = await hashPassword(password);
  const { user, token } = await db
    .$transaction(async (tx) => {
      const user = await tx.user.create({ data: { email, username, fullName, passwordHash } });
      return { user, token: await issueToken(user.id, "EMAIL_VERIFICATION", email, tx) };
    })
    .catch(rethrowTaken);
  runAfterResponse("verification email after sign-up", () => sendVerificationEmail(user, token));
  return user;
}
