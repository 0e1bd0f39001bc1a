import "server-only";
import { randomBytes } from "node:crypto";
import { hashToken } from "@/lib/accounts/tokens";
import { db, type Prisma } from "@/lib/db";

// Ten single-use codes for when the authenticator app is lost: 50 random bits each, shown once
// as "abcde-fghij", stored as SHA-256 (fast is fine at that entropy). New ones replace all old ones.

export const RECOVERY_CODE_COUNT = 10;
const ALPHABET = "abcdefghijklmnopqrstuvwxyz234567";

function newRecoveryCode(): string {
  const chars = [...randomBytes(10)].map((byte) => ALPHABET[byte % 32]).join("");
  return `${chars.slice(0, 5)}-${chars.slice(5)}`;
}

const normalized = (code: string) => code.replace(/[\s-]/g, "").toLowerCase();

/** Replaces the account's recovery codes; returns the new ones (the only time they are readable). */
export async function replaceRecoveryCodes(userId: string, tx: Prisma.TransactionClient): Promise<string[]> {
  const codes = Array.from({ length: RECOVERY_CODE_COUNT }, newRecoveryCode);
  await tx.recoveryCode.deleteMany({ where: { userId } });
  await tx.recoveryCode.createMany({ data: codes.map((code) => ({ userId, codeHash: hashToken(normalized(code)) })) });
  return codes;
}

/** Uses up one recovery code; false when it is unknown or already used (also by a parallel request). */
export async function consumeRecoveryCode(userId: string, code: string): Promise<boolean> {
  const used = await db.recoveryCode.updateMany({
    where: { userId, codeHash: hashToken(normalized(code)), usedAt: null },
    data: { usedAt: new Date() },
  });
  return used.count === 1;
}

export function unusedRecoveryCodes(userId: string): Promise<number> {
  return db.recoveryCode.count({ where: { userId, usedAt: null } });
}
