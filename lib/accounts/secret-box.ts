import "server-only";
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";
import { env } from "@/lib/env";

// Secrets the app must read back (TOTP secrets) are stored encrypted with AES-256-GCM under a key
// derived from AUTH_SECRET, so a database dump alone cannot produce codes. Rotating AUTH_SECRET
// makes them unreadable: people then set up two-factor again (recovery codes still work).

function key(): Buffer {
  return Buffer.from(hkdfSync("sha256", env().AUTH_SECRET, "chatsphere", "secret-box-v1", 32));
}

export function seal(plain: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key(), iv);
  const body = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  return [iv, cipher.getAuthTag(), body].map((part) => part.toString("base64url")).join(".");
}

/** The plain text, or null when it was sealed under another key or tampered with. */
export function open(sealed: string): string | null {
  const [iv, tag, body] = sealed.split(".").map((part) => Buffer.from(part, "base64url"));
  if (!iv || !tag || !body) return null;
  try {
    const decipher = createDecipheriv("aes-256-gcm", key(), iv);
    decipher.setAuthTag(tag);
    return Buffer.concat([decipher.update(body), decipher.final()]).toString("utf8");
  } catch {
    return null;
  }
}
