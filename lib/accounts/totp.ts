import "server-only";
import { generateSecret, generateURI, verify } from "otplib";

// TOTP (RFC 6238: SHA-1, 6 digits, 30-second steps) as authenticator apps expect it. A code of
// the previous or next step is accepted too (clock drift, typing time); the step that matched is
// returned so that each code works once (two-factor.ts keeps the last step used).

export const TOTP_ISSUER = "Chatsphere";
const STEP_SECONDS = 30;

export const newTotpSecret = () => generateSecret();

export const totpUri = (secret: string, accountName: string) => generateURI({ issuer: TOTP_ISSUER, label: accountName, secret });

/** The time step `code` belongs to, or null when it is not a current code of `secret`. */
export async function matchTotp(secret: string, code: string, nowMs = Date.now()): Promise<number | null> {
  const epoch = Math.floor(nowMs / 1000);
  const result = await verify({ secret, token: code, epoch, epochTolerance: STEP_SECONDS });
  return result.valid ? Math.floor(epoch / STEP_SECONDS) + result.delta : null;
}
