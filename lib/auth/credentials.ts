import "server-only";
import { CredentialsSignin, type User } from "next-auth";
import { RequestCookies } from "next/dist/compiled/@edge-runtime/cookies";
import { cookies } from "next/headers";
import { countSignInAttempt, signInSucceeded } from "@/lib/accounts/sign-in-limits";
import { DEVICE_COOKIE, DEVICE_COOKIE_MAX_AGE_SECONDS, newDeviceCookie, trustedDevice } from "@/lib/accounts/sign-in-devices";
import { env } from "@/lib/env";
import { openSession } from "@/lib/auth/open-session";
import { verifyAgainstNothing, verifyPassword } from "@/lib/auth/password";
import { PasskeyRefused } from "@/lib/auth/passkey-sign-in";
import { completeSecondStep, requireSecondStep, SecondFactorRefused } from "@/lib/auth/second-step";
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
 * attempts are rate limited per account and per address (`ip`), or per device when `deviceCookie`
 * shows the browser signed in to this account before (lib/accounts/sign-in-limits.ts).
 */
export async function checkCredentials(credentials: Partial<Record<string, unknown>>, ip: string, deviceCookie?: string) {
  const parsed = signInSchema.safeParse(credentials);
  if (!parsed.success) throw new InvalidCredentials();
  const { email, password } = parsed.data;
  const origin = { ip, device: trustedDevice(deviceCookie, email) };

  await countSignInAttempt(email, origin).catch((error) => {
    throw error instanceof AppError ? new SignInRateLimited(error) : error;
  });
  const user = await db.user.findUnique({ where: { email } });
  const valid = user ? await verifyPassword(password, user.passwordHash) : await verifyAgainstNothing(password);
  if (!user || !valid) throw new InvalidCredentials();
  await signInSucceeded(email, origin);
  if (user.status === "SUSPENDED") throw new AccountSuspended();
  return user;
}

/**
 * The Credentials provider's check: valid credentials → a new Session row, whose id the JWT
 * carries. The attempts are limited in checkCredentials, so Auth.js's own callback endpoint is too.
 * With two-factor on, the password step ends in SecondFactorRequired; a second call with its
 * challenge and a code finishes the sign-in (lib/auth/second-step.ts).
 */
export async function authenticate(credentials: Partial<Record<string, unknown>>, request: Request): Promise<User> {
  const user =
    "challenge" in credentials
      ? await completeSecondStep(credentials)
      : await checkCredentials(credentials, clientIp(request.headers), new RequestCookies(request.headers).get(DEVICE_COOKIE)?.value);
  if (user.status === "SUSPENDED") throw new AccountSuspended();
  if (!("challenge" in credentials)) await requireSecondStep(user.id, request);
  await rememberDevice(user.email);
  return openSession(user, request);
}

/** Gives this browser a device cookie for the account (a new one after each sign-in). */
async function rememberDevice(email: string) {
  (await cookies()).set(DEVICE_COOKIE, newDeviceCookie(email), {
    httpOnly: true,
    sameSite: "lax",
    secure: env().APP_URL.startsWith("https://"),
    path: "/",
    maxAge: DEVICE_COOKIE_MAX_AGE_SECONDS,
  });
}

/** What to tell the person when checkCredentials refused (null: not a refusal). */
export function credentialsRefusal(error: unknown): AppError | null {
  if (error instanceof SignInRateLimited || error instanceof SecondFactorRefused || error instanceof PasskeyRefused) return error.refusal;
  if (error instanceof AccountSuspended) return accountSuspended();
  if (error instanceof InvalidCredentials) return new AppError("unauthorized", "Incorrect email or password.");
  return null;
}

export function accountSuspended(): AppError {
  return new AppError("forbidden", "This account is suspended. Contact the administrators if you think this is a mistake.");
}
