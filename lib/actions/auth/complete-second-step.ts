"use server";

import { redirect } from "next/navigation";
import { signIn } from "@/lib/auth";
import { safeCallbackUrl } from "@/lib/auth/callback-url";
import { challengeExpired } from "@/lib/auth/second-step";
import { finishSecondStep, pendingChallenge } from "@/lib/auth/second-step-cookies";
import { signInRefusal } from "@/lib/auth/sign-in-errors";
import { publicAction } from "@/lib/safe-action";
import { secondStepSchema } from "@/lib/zod/two-factor";

/** Sign-in's second step: the code (or a recovery code) for the challenge the password step left. */
export const completeSecondStepAction = publicAction.schema(secondStepSchema).revalidates("none").action(async ({ input }) => {
  const challenge = await pendingChallenge();
  if (!challenge) throw challengeExpired();
  try {
    await signIn("credentials", { challenge, code: input.code ?? "", recoveryCode: input.recoveryCode ?? "", redirect: false });
  } catch (error) {
    throw signInRefusal(error) ?? error;
  }
  await finishSecondStep(challenge, input.rememberDevice);
  redirect(safeCallbackUrl(input.callbackUrl));
});
