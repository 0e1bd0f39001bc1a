import "server-only";
import { accountLimits } from "@/lib/accounts/rate-limits";
import { verifyPassword } from "@/lib/auth/password";
import { db } from "@/lib/db";
import { fieldError } from "@/lib/errors";
import { rateLimit, refundRateLimit } from "@/lib/rate-limit";

export const passwordCheckKey = (userId: string) => `password-check:user:${userId}`;

/**
 * Settings that need the current password (change password or email, delete account) check it
 * here. Wrong answers are limited per account, so a borrowed signed-in browser cannot guess it.
 */
export async function assertCurrentPassword(userId: string, password: string, field: string): Promise<void> {
  const key = passwordCheckKey(userId);
  await rateLimit(key, accountLimits.passwordChecksPerUser, "Too many wrong passwords.");
  const { passwordHash } = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { passwordHash: true } });
  if (!(await verifyPassword(password, passwordHash))) throw fieldError(field, "That isn't your current password.");
  await refundRateLimit(key);
}
