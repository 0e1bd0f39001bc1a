import "server-only";
import QRCode from "qrcode";
import { assertCurrentPassword } from "@/lib/accounts/current-password";
import { accountLimits } from "@/lib/accounts/rate-limits";
import { consumeRecoveryCode, replaceRecoveryCodes, unusedRecoveryCodes } from "@/lib/accounts/recovery-codes";
import { open, seal } from "@/lib/accounts/secret-box";
import { matchTotp, newTotpSecret, totpUri } from "@/lib/accounts/totp";
import { forgetTrustedDevices } from "@/lib/accounts/trusted-devices";
import { db } from "@/lib/db";
import { AppError, fieldError } from "@/lib/errors";
import { rateLimit, refundRateLimit } from "@/lib/rate-limit";
import { recoveryCode as recoveryCodeSchema, totpCode } from "@/lib/zod/two-factor";

// TOTP two-factor authentication: set up (a secret shown as a QR code and a key), confirmed by a
// first code, then asked for at every sign-in after the password (and for API tokens).

type Account = { id: string; email: string };

export type TwoFactorStatus = { enabled: false } | { enabled: true; enabledAt: Date; recoveryCodesLeft: number };

export async function twoFactorStatus(userId: string): Promise<TwoFactorStatus> {
  const row = await db.twoFactor.findUnique({ where: { userId } });
  if (!row?.enabledAt) return { enabled: false };
  return { enabled: true, enabledAt: row.enabledAt, recoveryCodesLeft: await unusedRecoveryCodes(userId) };
}

export async function hasTwoFactor(userId: string): Promise<boolean> {
  return (await db.twoFactor.count({ where: { userId, enabledAt: { not: null } } })) > 0;
}

export type TwoFactorSetup = { secret: string; uri: string; qrSvg: string };

/** A new secret waiting for its first code (replacing any unfinished setup). */
export async function startTwoFactorSetup(user: Account): Promise<TwoFactorSetup> {
  if (await hasTwoFactor(user.id)) throw new AppError("conflict", "Two-factor authentication is already on.");
  const secret = newTotpSecret();
  await db.twoFactor.upsert({
    where: { userId: user.id },
    create: { userId: user.id, secret: seal(secret) },
    update: { secret: seal(secret), lastUsedStep: 0, createdAt: new Date() },
  });
  const uri = totpUri(secret, user.email);
  return { secret, uri, qrSvg: await QRCode.toString(uri, { type: "svg", margin: 1, errorCorrectionLevel: "M" }) };
}

/** The first code proves the app has the secret: two-factor is on, and here are the recovery codes. */
export async function confirmTwoFactor(user: Account, code: string): Promise<{ recoveryCodes: string[] }> {
  const row = await db.twoFactor.findUnique({ where: { userId: user.id } });
  if (row?.enabledAt) throw new AppError("conflict", "Two-factor authentication is already on.");
  const secret = row && open(row.secret);
  if (!secret) throw new AppError("conflict", "Start the setup again: scan the new QR code.");
  await limitAttempts(user.id);
  const step = await matchTotp(secret, code);
  if (step === null) throw fieldError("code", "That code isn't right. Check the time on your phone and try the current code.");
  await refundRateLimit(attemptsKey(user.id));
  return db.$transaction(async (tx) => {
    const enabled = await tx.twoFactor.updateMany({ where: { userId: user.id, enabledAt: null }, data: { enabledAt: new Date(), lastUsedStep: step } });
    if (enabled.count !== 1) throw new AppError("conflict", "Two-factor authentication is already on.");
    return { recoveryCodes: await replaceRecoveryCodes(user.id, tx) };
  });
}

export async function regenerateRecoveryCodes(user: Account, currentPassword: string): Promise<{ recoveryCodes: string[] }> {
  await assertCurrentPassword(user.id, currentPassword, "currentPassword");
  if (!(await hasTwoFactor(user.id))) throw new AppError("conflict", "Turn on two-factor authentication first.");
  return db.$transaction(async (tx) => ({ recoveryCodes: await replaceRecoveryCodes(user.id, tx) }));
}

export async function disableTwoFactor(user: Account, currentPassword: string): Promise<void> {
  await assertCurrentPassword(user.id, currentPassword, "currentPassword");
  await db.$transaction([db.twoFactor.deleteMany({ where: { userId: user.id } }), db.recoveryCode.deleteMany({ where: { userId: user.id } })]);
  await forgetTrustedDevices(user.id);
}

export type SecondFactorProof = { code?: string; recoveryCode?: string };

/**
 * Checks the second step of a sign-in: a current TOTP code not used before, or an unused recovery
 * code (which is then used up). Wrong answers are limited per account. Throws a field error
 * (`codeField` or "recoveryCode") or a rate_limited error.
 */
export async function verifySecondFactor(userId: string, proof: SecondFactorProof, codeField = "code"): Promise<void> {
  const useRecovery = !proof.code?.trim() && Boolean(proof.recoveryCode?.trim());
  const parsed = useRecovery ? recoveryCodeSchema.safeParse(proof.recoveryCode) : totpCode.safeParse(proof.code ?? "");
  const field = useRecovery ? "recoveryCode" : codeField;
  if (!parsed.success) throw fieldError(field, parsed.error.issues[0]!.message);

  await limitAttempts(userId);
  const accepted = useRecovery ? await consumeRecoveryCode(userId, parsed.data) : await spendTotpCode(userId, parsed.data);
  if (!accepted) {
    throw fieldError(field, useRecovery ? "That recovery code isn't valid or was already used." : "That code isn't right, or was already used. Wait for the next one.");
  }
  await refundRateLimit(attemptsKey(userId));
}

/** True when `code` is current for the account and newer than the last code used (no replays). */
async function spendTotpCode(userId: string, code: string): Promise<boolean> {
  const row = await db.twoFactor.findUnique({ where: { userId } });
  const secret = row?.enabledAt && open(row.secret);
  if (!secret) return false;
  const step = await matchTotp(secret, code);
  if (step === null) return false;
  const used = await db.twoFactor.updateMany({ where: { userId, lastUsedStep: { lt: step } }, data: { lastUsedStep: step } });
  return used.count === 1;
}

const attemptsKey = (userId: string) => `two-factor:user:${userId}`;

function limitAttempts(userId: string): Promise<void> {
  return rateLimit(attemptsKey(userId), accountLimits.secondFactorFailuresPerAccount, "Too many wrong codes.");
}
