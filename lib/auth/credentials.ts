import { CredentialsSignin, type User } from "next-auth";
import { SESSION_MAX_AGE_SECONDS } from "@/lib/auth/config";
import { verifyAgainstNothing, verifyPassword } from "@/lib/auth/password";
import { db } from "@/lib/db";
import { signInSchema } from "@/lib/zod/auth";

export class InvalidCredentials extends CredentialsSignin {
  code = "invalid";
}

export class AccountSuspended extends CredentialsSignin {
  code = "suspended";
}

/**
 * The Credentials provider's check: email + password → a new Session row, whose id the JWT
 * carries. Unknown email and wrong password fail the same way and take the same time.
 */
export async function authenticate(credentials: Partial<Record<string, unknown>>, request: Request): Promise<User> {
  const parsed = signInSchema.safeParse(credentials);
  if (!parsed.success) throw new InvalidCredentials();
  const { email, password } = parsed.data;

  const user = await db.user.findUnique({ where: { email } });
  const valid = user ? await verifyPassword(password, user.passwordHash) : await verifyAgainstNothing(password);
  if (!user || !valid) throw new InvalidCredentials();
  if (user.status === "SUSPENDED") throw new AccountSuspended();

  const session = await db.session.create({
    data: {
      userId: user.id,
      userAgent: request.headers.get("user-agent")?.slice(0, 300) ?? null,
      expiresAt: new Date(Date.now() + SESSION_MAX_AGE_SECONDS * 1000),
    },
  });
  return { id: user.id, email: user.email, name: user.fullName, sessionId: session.id };
}
