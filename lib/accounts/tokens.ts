import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { db, type Prisma } from "@/lib/db";
import type { TokenPurpose, UserToken } from "@/generated/prisma/client";

// Emailed links (email verification, password reset): 32 random bytes, of which only the SHA-256
// is stored, so a database leak yields no usable link. Looked up by hash; single use; expiring.

export const TOKEN_LIFETIME_MS: Record<TokenPurpose, number> = {
  EMAIL_VERIFICATION: 24 * 60 * 60 * 1000,
  PASSWORD_RESET: 60 * 60 * 1000,
};

type Client = Prisma.TransactionClient | typeof db;

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/**
 * A new link token for `userId`. Earlier unused tokens of the same purpose stop working: only the
 * newest link in someone's inbox is valid. `email` names the address an email change verifies.
 */
export async function issueToken(userId: string, purpose: TokenPurpose, email: string | null = null, client: Client = db): Promise<string> {
  const token = randomBytes(32).toString("base64url");
  await revokeTokens(userId, purpose, client);
  await client.userToken.create({
    data: { userId, purpose, email, tokenHash: hashToken(token), expiresAt: new Date(Date.now() + TOKEN_LIFETIME_MS[purpose]) },
  });
  return token;
}

/** Marks every unused token of `purpose` for `userId` as used. */
export async function revokeTokens(userId: string, purpose: TokenPurpose, client: Client = db): Promise<void> {
  await client.userToken.updateMany({ where: { userId, purpose, usedAt: null }, data: { usedAt: new Date() } });
}

export type TokenCheck = { status: "valid"; token: UserToken } | { status: "expired" | "used" | "invalid"; token?: UserToken };

/** What a link's token is, without using it (e.g. to show the set-new-password form). */
export async function inspectToken(raw: string, purpose: TokenPurpose, client: Client = db): Promise<TokenCheck> {
  if (!/^[A-Za-z0-9_-]{43}$/.test(raw)) return { status: "invalid" };
  const token = await client.userToken.findUnique({ where: { tokenHash: hashToken(raw) } });
  if (!token || token.purpose !== purpose) return { status: "invalid" };
  if (token.usedAt) return { status: "used", token };
  if (token.expiresAt <= new Date()) return { status: "expired", token };
  return { status: "valid", token };
}

/**
 * Uses a token once: of two concurrent uses, exactly one gets "valid" (the update is conditional
 * on the token still being unused). Call inside the transaction that does what the link is for.
 */
export async function consumeToken(raw: string, purpose: TokenPurpose, client: Client = db): Promise<TokenCheck> {
  const check = await inspectToken(raw, purpose, client);
  if (check.status !== "valid") return check;
  const { count } = await client.userToken.updateMany({ where: { id: check.token.id, usedAt: null }, data: { usedAt: new Date() } });
  return count === 1 ? check : { status: "used", token: check.token };
}
