import "server-only";
import { randomBytes } from "node:crypto";
import { hashToken } from "@/lib/accounts/tokens";
import { db } from "@/lib/db";

// "Remember this device for 30 days": after a second step, the browser may keep a random token
// (cookie TRUSTED_DEVICE_COOKIE) that lets the password alone sign that account in until it expires.
// Turning two-factor off, and signing out everywhere else, forget every remembered device.

export const TRUSTED_DEVICE_COOKIE = "chatsphere-trusted-device";
export const TRUSTED_DEVICE_DAYS = 30;
export const TRUSTED_DEVICE_MAX_AGE_SECONDS = TRUSTED_DEVICE_DAYS * 24 * 60 * 60;

export async function trustDevice(userId: string, userAgent: string | null): Promise<string> {
  const token = randomBytes(32).toString("base64url");
  await db.trustedDevice.create({
    data: {
      userId,
      tokenHash: hashToken(token),
      userAgent: userAgent?.slice(0, 300) ?? null,
      expiresAt: new Date(Date.now() + TRUSTED_DEVICE_MAX_AGE_SECONDS * 1000),
    },
  });
  return token;
}

export async function isTrustedDevice(userId: string, token: string | undefined): Promise<boolean> {
  if (!token) return false;
  const device = await db.trustedDevice.findUnique({ where: { tokenHash: hashToken(token) } });
  return Boolean(device && device.userId === userId && device.expiresAt > new Date());
}

export async function forgetTrustedDevices(userId: string): Promise<void> {
  await db.trustedDevice.deleteMany({ where: { userId } });
}
