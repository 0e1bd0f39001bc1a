"use server";

import { AuthError, CredentialsSignin } from "next-auth";
import { signIn } from "@/lib/auth";
import { credentialsRefusal } from "@/lib/auth/credentials";
import { safeCallbackUrl } from "@/lib/auth/callback-url";
import { AppError } from "@/lib/errors";
import { publicAction } from "@/lib/safe-action";
import { signInSchema } from "@/lib/zod/auth";

export const signInAction = publicAction.schema(signInSchema).action(async ({ input }) => {
  try {
    await signIn("credentials", { email: input.email, password: input.password, redirectTo: safeCallbackUrl(input.callbackUrl) });
  } catch (error) {
    throw signInRefusal(error) ?? error; // otherwise: the redirect after a successful sign-in
  }
});

/** What to tell the person when Auth.js refused the credentials (null: not a refusal). */
function signInRefusal(error: unknown): AppError | null {
  if (!(error instanceof AuthError)) return null;
  const cause = error instanceof CredentialsSignin ? error : error.cause?.err;
  return credentialsRefusal(cause) ?? new AppError("unauthorized", "Incorrect email or password.");
}
