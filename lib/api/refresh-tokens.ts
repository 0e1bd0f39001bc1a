import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { ACCESS_TOKEN_TTL_SECONDS, signAccessToken } from "@/lib/api/access-token";
import { accountSuspended } from "@/lib/auth/credentials";
import { db, type Prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";

// Refresh tokens: opaque random strings, stored only as their SHA-256, valid for a day and usable
// once. Each refresh revokes the token presented and issues a new pair in the same family;
// presenting an already-revoked token means it was copied (or a client misbehaves), so the whole
// family is revoked: the thief and the victim both have to sign in again. A per-family advisory
// lock orders a rotation and a revocation of the same family, so neither can miss the other.

export const REFRESH_TOKEN_TTL_SECONDS = 24 * 60 * 60;

export type TokenPair = { access: string; refresh: string; expiresIn: number; refreshExpiresIn: number };

type Tx = Prisma.TransactionClient;

const hashToken = (raw: string) => createHash("sha256").update(raw).digest("hex");

/** A pair in a new family, after a successful sign-in (which, as on the web, counts as being seen). */
export async function issueTokenPair(userId: string): Promise<TokenPair> {
  const now = new Date();
  await db.$transaction([
    // Expired rows are useless (an expired token is refused whatever its family); sweep this user's.
    db.refreshToken.deleteMany({ where: { userId, expiresAt: { lt: now } } }),
    db.user.update({ where: { id: userId }, data: { lastSeenAt: now } }),
  ]);
  return createPair(db, userId, randomBytes(16).toString("hex"));
}

/** Spends `raw` and returns the next pair of its family; refuses unknown, expired, reused tokens. */
export async function rotateRefreshToken(raw: string): Promise<TokenPair> {
  const row = await db.refreshToken.findUnique({ where: { tokenHash: hashToken(raw) }, select: { familyId: true } });
  if (!row) throw invalidRefreshToken("This refresh token is not valid. Sign in again.");

  const outcome = await withFamilyLock(row.familyId, async (tx) => {
    const token = await tx.refreshToken.findUniqueOrThrow({
      where: { tokenHash: hashToken(raw) },
      select: { id: true, userId: true, expiresAt: true, revokedAt: true, user: { select: { status: true } } },
    });
    if (token.revokedAt) {
      await revokeFamilyIn(tx, row.familyId);
      return "reused" as const;
    }
    if (token.expiresAt <= new Date()) return "expired" as const;
    if (token.user.status !== "ACTIVE") return "suspended" as const;
    await tx.refreshToken.update({ where: { id: token.id }, data: { revokedAt: new Date() } });
    return createPair(tx, token.userId, row.familyId);
  });

  if (outcome === "reused") throw invalidRefreshToken("This refresh token was already used. For safety, every token issued with it is now revoked: sign in again.");
  if (outcome === "expired") throw invalidRefreshToken("This refresh token has expired. Sign in again.");
  if (outcome === "suspended") throw accountSuspended();
  return outcome;
}

/** Signs a client out: revokes the family of `raw` (its access tokens stop working too). Unknown tokens are ignored. */
export async function revokeRefreshToken(raw: string): Promise<void> {
  const row = await db.refreshToken.findUnique({ where: { tokenHash: hashToken(raw) }, select: { familyId: true } });
  if (row) await withFamilyLock(row.familyId, (tx) => revokeFamilyIn(tx, row.familyId));
}

function invalidRefreshToken(message: string): AppError {
  return new AppError("unauthorized", message);
}

async function createPair(client: Tx, userId: string, familyId: string): Promise<TokenPair> {
  const refresh = `rt_${randomBytes(32).toString("base64url")}`;
  await client.refreshToken.create({
    data: { userId, familyId, tokenHash: hashToken(refresh), expiresAt: new Date(Date.now() + REFRESH_TOKEN_TTL_SECONDS * 1000) },
  });
  const access = await signAccessToken({ userId, familyId });
  return { access, refresh, expiresIn: ACCESS_TOKEN_TTL_SECONDS, refreshExpiresIn: REFRESH_TOKEN_TTL_SECONDS };
}

function revokeFamilyIn(tx: Tx, familyId: string) {
  return tx.refreshToken.updateMany({ where: { familyId, revokedAt: null }, data: { revokedAt: new Date() } });
}

function withFamilyLock<T>(familyId: string, fn: (tx: Tx) => Promise<T>): Promise<T> {
  return db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`refresh-family:${familyId}`}))`;
    return fn(tx);
  });
}
