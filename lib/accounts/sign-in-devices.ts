import "server-only";
import { createHmac, hkdfSync, randomBytes, timingSafeEqual } from "node:crypto";
import { env } from "@/lib/env";

// OWASP's device cookies: a browser that signed in to an account once gets a cookie naming
// that account (signed, not readable). Failed sign-ins from a browser holding it are counted on
// that cookie alone, so strangers guessing an account's password slow it down for other
// browsers, never for the devices its owner already uses (lib/accounts/sign-in-limits.ts). Not
// to be confused with two-factor's "remember this device" (trusted-devices.ts).

export const DEVICE_COOKIE = "chatsphere-device";
export const DEVICE_COOKIE_MAX_AGE_SECONDS = 365 * 24 * 60 * 60;

let key: Buffer | undefined;
const deviceKey = () => (key ??= Buffer.from(hkdfSync("sha256", env().AUTH_SECRET, "chatsphere", "device-cookie-v1", 32)));
const signature = (email: string, nonce: string) => createHmac("sha256", deviceKey()).update(`${email},${nonce}`).digest("base64url");

/** A new device cookie value for the account signed in to with `email`. */
export function newDeviceCookie(email: string): string {
  const nonce = randomBytes(16).toString("base64url");
  return `${nonce}.${signature(email, nonce)}`;
}

/** The cookie's nonce when it was issued to `email` on this server; null when absent, forged or another account's. */
export function trustedDevice(cookie: string | undefined, email: string): string | null {
  const [nonce, given, extra] = (cookie ?? "").split(".");
  if (!nonce || !given || extra !== undefined || !/^[\w-]{22}$/.test(nonce)) return null;
  const expected = Buffer.from(signature(email, nonce));
  const actual = Buffer.from(given);
  return actual.length === expected.length && timingSafeEqual(actual, expected) ? nonce : null;
}
