import "server-only";
import { db } from "@/lib/db";
import { violatedUniqueIndex } from "@/lib/db-errors";
import { AppError } from "@/lib/errors";

// Emails and usernames are unique, compared lower-case (the zod fields lower-case them).

export const EMAIL_TAKEN = "An account with this email already exists. Sign in, or reset your password if you forgot it.";
export const USERNAME_TAKEN = "This username is taken. Try another one.";

/** Refuses with field errors for whichever of `email` and `username` another account uses. */
export async function assertAvailable({ email, username }: { email?: string; username?: string }, exceptUserId?: string): Promise<void> {
  const or = [...(email ? [{ email }] : []), ...(username ? [{ username }] : [])];
  if (or.length === 0) return;
  const taken = await db.user.findMany({ where: { OR: or, ...(exceptUserId ? { id: { not: exceptUserId } } : {}) }, select: { email: true, username: true } });
  const fields: Record<string, string> = {};
  if (email && taken.some((u) => u.email === email)) fields.email = EMAIL_TAKEN;
  if (username && taken.some((u) => u.username === username)) fields.username = USERNAME_TAKEN;
  if (Object.keys(fields).length > 0) throw conflict(fields);
}

/** The same refusal when a concurrent write took the address or name first; rethrows anything else. */
export function rethrowTaken(error: unknown): never {
  const index = violatedUniqueIndex(error);
  if (index === "User_email_key") throw conflict({ email: EMAIL_TAKEN });
  if (index === "User_username_key") throw conflict({ username: USERNAME_TAKEN });
  throw error;
}

function conflict(fields: Record<string, string>) {
  const messages = Object.values(fields);
  return new AppError("conflict", messages.length > 1 ? "Please correct the highlighted fields." : messages[0]!, fields);
}
