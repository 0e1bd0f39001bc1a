import "server-only";
import { hkdfSync } from "node:crypto";
import { jwtVerify, SignJWT } from "jose";
import { env } from "@/lib/env";

// Between the password and the second step, the browser holds a short-lived signed challenge
// (cookie SIGN_IN_CHALLENGE_COOKIE) naming the account whose password was right. It grants nothing
// by itself: only a valid code or recovery code with it opens a session.

export const SIGN_IN_CHALLENGE_COOKIE = "chatsphere-sign-in-challenge";
export const CHALLENGE_TTL_SECONDS = 10 * 60;
const AUDIENCE = "chatsphere-second-step";

const key = () => new Uint8Array(hkdfSync("sha256", env().AUTH_SECRET, "chatsphere", "sign-in-challenge-v1", 32));

export function signChallenge(userId: string): Promise<string> {
  return new SignJWT({})
    .setProtectedHeader({ alg: "HS256" })
    .setSubject(userId)
    .setAudience(AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(`${CHALLENGE_TTL_SECONDS}s`)
    .sign(key());
}

/** The account a challenge names, or null when it is expired, forged or malformed. */
export async function readChallenge(challenge: string | undefined): Promise<string | null> {
  if (!challenge) return null;
  try {
    const { payload } = await jwtVerify(challenge, key(), { algorithms: ["HS256"], audience: AUDIENCE, requiredClaims: ["sub", "exp"] });
    return payload.sub ?? null;
  } catch {
    return null;
  }
}
