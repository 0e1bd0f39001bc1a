import "server-only";
import { hkdfSync } from "node:crypto";
import { errors as joseErrors, jwtVerify, SignJWT } from "jose";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";

// Access tokens: HS256 JWTs that live 30 minutes and name the user and the refresh-token family
// they were issued with (so that revoking the family ends them too). They are checked against
// the database on every request (lib/api/bearer.ts); the signature only proves we issued them.

export const ACCESS_TOKEN_TTL_SECONDS = 30 * 60;
const ISSUER = "chatsphere";
const AUDIENCE = "chatsphere-api";

let cachedKey: { source: string; key: Uint8Array } | undefined;

/** API_JWT_SECRET when set, else a key derived from AUTH_SECRET (HKDF-SHA256), never AUTH_SECRET itself. */
export function accessTokenKey(): Uint8Array {
  const { API_JWT_SECRET, AUTH_SECRET } = env();
  const source = API_JWT_SECRET ?? AUTH_SECRET;
  if (cachedKey?.source !== source) {
    const key = API_JWT_SECRET
      ? new TextEncoder().encode(API_JWT_SECRET)
      : new Uint8Array(hkdfSync("sha256", AUTH_SECRET, "chatsphere", "api-access-token-v1", 32));
    cachedKey = { source, key };
  }
  return cachedKey.key;
}

export type AccessClaims = { userId: string; familyId: string };

export function signAccessToken({ userId, familyId }: AccessClaims): Promise<string> {
  return new SignJWT({ fam: familyId })
    .setProtectedHeader({ alg: "HS256", typ: "at+jwt" })
    .setSubject(userId)
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(`${ACCESS_TOKEN_TTL_SECONDS}s`)
    .sign(accessTokenKey());
}

/** The claims of a valid access token; a 401 AppError saying what is wrong otherwise. */
export async function verifyAccessToken(token: string): Promise<AccessClaims> {
  try {
    const { payload } = await jwtVerify(token, accessTokenKey(), {
      algorithms: ["HS256"],
      issuer: ISSUER,
      audience: AUDIENCE,
      typ: "at+jwt",
      requiredClaims: ["sub", "exp", "fam"],
    });
    if (typeof payload.sub !== "string" || typeof payload.fam !== "string") throw new joseErrors.JWTClaimValidationFailed("bad claims", payload);
    return { userId: payload.sub, familyId: payload.fam };
  } catch (error) {
    if (error instanceof joseErrors.JWTExpired) throw invalidToken("The access token has expired: get a new one from /api/v1/auth/refresh.");
    if (error instanceof joseErrors.JOSEError) throw invalidToken("The access token is not valid.");
    throw error;
  }
}

export function invalidToken(message: string): AppError {
  return new AppError("unauthorized", message);
}
