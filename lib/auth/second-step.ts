import "server-only";
import { CredentialsSignin } from "next-auth";
import { RequestCookies } from "next/dist/compiled/@edge-runtime/cookies";
import { readChallenge, signChallenge } from "@/lib/accounts/sign-in-challenge";
import { isTrustedDevice, TRUSTED_DEVICE_COOKIE } from "@/lib/accounts/trusted-devices";
import { hasTwoFactor, verifySecondFactor } from "@/lib/accounts/two-factor";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { SecondFactorProof } from "@/lib/accounts/two-factor";
import { secondStepSchema } from "@/lib/zod/two-factor";

// Sign-in's second step (two-factor). The password step ends with SecondFactorRequired, which
// carries a challenge for the browser to keep; the second step sends the challenge with a code.

export class SecondFactorRequired extends CredentialsSignin {
  code = "second_factor_required";
  constructor(readonly challenge: string) {
    super();
  }
}

/** A wrong, replayed or rate-limited code, or an expired challenge: carries what to tell the person. */
export class SecondFactorRefused extends CredentialsSignin {
  code = "second_factor_refused";
  constructor(readonly refusal: AppError) {
    super(refusal.message);
  }
}

export const challengeExpired = () => new AppError("unauthorized", "That sign-in has expired: enter your password again.");

/** After a right password: throws SecondFactorRequired unless the account has no two-factor or this browser is remembered. */
export async function requireSecondStep(userId: string, request: Request): Promise<void> {
  if (!(await hasTwoFactor(userId))) return;
  const remembered = new RequestCookies(request.headers).get(TRUSTED_DEVICE_COOKIE)?.value;
  if (await isTrustedDevice(userId, remembered)) return;
  throw new SecondFactorRequired(await signChallenge(userId));
}

/** The second step: the challenge's account, once its code or recovery code is accepted. */
export async function completeSecondStep(credentials: Partial<Record<string, unknown>>) {
  const userId = await readChallenge(typeof credentials.challenge === "string" ? credentials.challenge : undefined);
  const user = userId ? await db.user.findUnique({ where: { id: userId } }) : null;
  if (!user) throw new SecondFactorRefused(challengeExpired());
  const parsed = secondStepSchema.safeParse(credentials);
  await verifySecondFactor(user.id, parsed.success ? parsed.data : {}).catch((error) => {
    throw error instanceof AppError ? new SecondFactorRefused(error) : error;
  });
  return user;
}

/** The API's token endpoint: with two-factor on, the request must carry a code or a recovery code. */
export async function requireApiSecondFactor(userId: string, body: { twoFactorCode?: string; recoveryCode?: string }): Promise<void> {
  if (!(await hasTwoFactor(userId))) return;
  const proof: SecondFactorProof = { code: body.twoFactorCode, recoveryCode: body.recoveryCode };
  if (!proof.code?.trim() && !proof.recoveryCode?.trim()) {
    const message = "Two-factor authentication is on for this account: send twoFactorCode (or a recoveryCode) with the email and password.";
    throw new AppError("unauthorized", message, { twoFactorCode: message });
  }
  await verifySecondFactor(userId, proof, "twoFactorCode");
}
