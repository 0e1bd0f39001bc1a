import "server-only";
import { CredentialsSignin, type User } from "next-auth";
import { verifyPasskeySignIn } from "@/lib/accounts/passkeys";
import { accountSuspended } from "@/lib/auth/credentials";
import { openSession } from "@/lib/auth/open-session";
import { AppError } from "@/lib/errors";
import { authenticationResponseSchema } from "@/lib/zod/passkeys";

/** A refused passkey sign-in (unknown passkey, bad signature, counter gone back, suspended account). */
export class PasskeyRefused extends CredentialsSignin {
  code = "passkey_refused";
  constructor(readonly refusal: AppError) {
    super(refusal.message);
  }
}

/** The "passkey" provider's check: the assertion (JSON, from the browser) → a session for its account. */
export async function authenticatePasskey(credentials: Partial<Record<string, unknown>>, request: Request): Promise<User> {
  const parsed = authenticationResponseSchema.safeParse(parseJson(credentials.response));
  if (!parsed.success) throw new PasskeyRefused(new AppError("validation", "That passkey answer is malformed. Try again."));
  const user = await verifyPasskeySignIn(parsed.data).catch((error) => {
    throw error instanceof AppError ? new PasskeyRefused(error) : error;
  });
  if (user.status === "SUSPENDED") {
    throw new PasskeyRefused(accountSuspended());
  }
  return openSession(user, request);
}

function parseJson(value: unknown): unknown {
  try {
    return typeof value === "string" ? JSON.parse(value) : undefined;
  } catch {
    return undefined;
  }
}
