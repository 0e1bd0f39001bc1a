"use server";

import { signIn } from "@/lib/auth";
import { safeCallbackUrl } from "@/lib/auth/callback-url";
import { signInRefusal } from "@/lib/auth/sign-in-errors";
import { publicAction } from "@/lib/safe-action";
import { passkeySignInSchema } from "@/lib/zod/passkeys";

/** Signs in with a passkey's answer to a challenge from passkeySignInOptionsAction. */
export const passkeySignInAction = publicAction.schema(passkeySignInSchema).revalidates("none").action(async ({ input }) => {
  try {
    await signIn("passkey", { response: JSON.stringify(input.response), redirectTo: safeCallbackUrl(input.callbackUrl) });
  } catch (error) {
    throw signInRefusal(error) ?? error; // otherwise: the redirect after a successful sign-in
  }
});
