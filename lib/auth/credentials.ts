import { CredentialsSignin, type User } from "next-auth";
import { countSignInAttempt, signInSucceeded } from "@/lib/accounts/sign-in-limits";
import { SESSION_MAX_AGE_SECONDS } from "@/lib/auth/config";
import { verifyAgainstNothing, verifyPassword } from "@/lib/auth/password";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { clientIp } from "@/lib/http";
import { signInSchema } from "@/lib/zod/auth";

export class InvalidCredentials extends CredentialsSignin {
  code = "invalid";
}

export class AccountSuspended extends CredentialsSignin {
  code = "suspended";
}

/** Too many failed attempts: carries the rate limit's "try again in N minutes" refusal. */
export class SignInRateLimited extends CredentialsSignin {
  code = "rate_limited";
  constructor(readonly refusal: AppError) {
    super(refusal.message);
  }
}

/**
 * The account that email + password sign in to, for the web sign-in and the API's token endpoint
 * alike. Unknown email and wrong password fail the same way and take the same time. Failed
 * attempts are rate limited per account and per address (`ip`).
 */
export async function checkCredentials(credentials: Partial<Record<string, unknown>>, ip: string) {
  const parsed = signInSchema.safeParse(credentials);
  if (!parsed.success) throw new InvalidCredentials();
  const { email, password } = parsed.data;

  await countSignInAttempt(email, ip).catch((error) => {
    throw error instanceof AppError ? new SignInRateLimited(error) : error;
  });
  const user = await db.user.findUnique({ where: { email } });
  const valid = user ? await verifyPassword(password, user.passwordHash) : await verifyAgainstNothing(password);
  if (!user || !valid) throw new InvalidCredentials();
  await signInSucceeded(email, ip);
  if (user.status === "SUSPENDED") throw new AccountSuspended();
  return user;
}

/**
 * The Credentials provider's check: valid credentials → a new Session row, whose id the JWT
 * carries. The attempts are limited in checkCredentials, so Auth.js's own callback endpoint is too.
 */
export async function authenticate(credentials: Partial<Record<string, unknown>>, request: Request): Promise<User> {
  const user = await checkCredentials(credentials, clientIp(request.headers));
  const now = new Date();
  const [session] = await db.$transaction([
    db.session.create({
      data: {
        userId: user.id,
        userAgent: request.headers.get("user-agent")?.slice(0, 300) ?? null,
        expiresAt: new Date(now.getTime() + SESSION_MAX_AGE_SECONDS * 1000),
      },
    }),
    db.user.update({ where: { id: user.id }, data: { lastSeenAt: now } }),
  ]);
  return { id: user.id, email: user.email, name: user.fullName, sessionId: session.id };
}

/** What to tell the person when checkCredentials refused (null: not a refusal). */
export function credentialsRefusal(error: unknown): AppError | null {
  if (error instanceof SignInRateLimited) return error.refusal;
  if (error instanceof AccountSuspended) return accountSuspended();
  if (error instanceof InvalidCredentials) return new AppError("unauthorized", "Incorrect email or password.");
  return null;
}

export function accountSuspended(): AppError {
  return new AppError("forbidden", "This account is suspended. Contact the administrators if you think this is a mistake.");
}
