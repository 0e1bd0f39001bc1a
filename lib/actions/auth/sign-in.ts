"use server";

import { signIn } from "@/lib/auth";
import { safeCallbackUrl } from "@/lib/auth/callback-url";
import { goToSecondStep } from "@/lib/auth/second-step-cookies";
import { secondStepChallenge, signInRefusal } from "@/lib/auth/sign-in-errors";
import { publicAction } from "@/lib/safe-action";
import { signInSchema } from "@/lib/zod/auth";

export const signInAction = publicAction.schema(signInSchema).revalidates("none").action(async ({ input }) => {
  const redirectTo = safeCallbackUrl(input.callbackUrl);
  try {
    await signIn("credentials", { email: input.email, password: input.password, redirectTo });
  } catch (error) {
    const challenge = secondStepChallenge(error);
    if (challenge) await goToSecondStep(challenge, redirectTo);
    throw signInRefusal(error) ?? error; // otherwise: the redirect after a successful sign-in
  }
});
