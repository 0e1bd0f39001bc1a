import "server-only";
import { verifyAccessToken } from "@/lib/api/access-token";
import { accountSuspended } from "@/lib/auth/credentials";
import { LAST_USED_RESOLUTION_MS, userFields, type CurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";

/** The caller of an API request: the same fields as a web session's user, minus the session. */
export type ApiUser = Omit<CurrentUser, "sessionId"> & { tokenFamilyId: string };

/**
 * The user named by the request's `Authorization: Bearer` access token. The signature is not
 * enough: the user must still exist and be active, and the token's family must not be revoked
 * (sign-out, reuse of a refresh token), so all of these take effect at once — two indexed
 * queries, sent together (as one nested select Prisma would run them one after the other).
 */
export async function authenticateBearer(request: Request): Promise<ApiUser> {
  const token = bearerToken(request.headers.get("authorization"));
  const { userId, familyId } = await verifyAccessToken(token);
  const [row, liveToken] = await Promise.all([
    db.user.findUnique({ where: { id: userId }, select: { ...userFields, lastSeenAt: true } }),
    db.refreshToken.findFirst({ where: { userId, familyId, revokedAt: null }, select: { id: true } }),
  ]);
  if (!row) throw new AppError("unauthorized", "This access token's account no longer exists.");
  const { lastSeenAt, ...user } = row;
  if (user.status !== "ACTIVE") throw accountSuspended();
  if (!liveToken) throw new AppError("unauthorized", "This access token was revoked. Sign in again.");

  if (!lastSeenAt || Date.now() - lastSeenAt.getTime() > LAST_USED_RESOLUTION_MS) {
    await db.user.update({ where: { id: userId }, data: { lastSeenAt: new Date() } });
  }
  return { ...user, tokenFamilyId: familyId };
}

function bearerToken(header: string | null): string {
  if (!header) throw new AppError("unauthorized", "Send an access token: Authorization: Bearer <token> (get one from POST /api/v1/auth/token).");
  const match = /^Bearer +([A-Za-z0-9._~+/-]+=*) *$/i.exec(header);
  if (!match) throw new AppError("unauthorized", "Use the Authorization header as: Bearer <access token>.");
  return match[1]!;
}
