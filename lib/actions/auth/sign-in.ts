"use server";

import { AuthError } from "next-auth";
import { signIn } from "@/lib/auth";
import { AccountSuspended } from "@/lib/auth/credentials";
import { safeCallbackUrl } from "@/lib/auth/callback-url";
import { AppError } from "@/lib/errors";
import { publicAction } from "@/lib/safe-action";
import { signInSchema } from "@/lib/zod/auth";

export const signInAction = publicAction.schema(signInSchema).action(async ({ input }) => {
  try {
    await signIn("credentials", { email: input.email, password: input.password, redirectTo: safeCallbackUrl(input.callbackUrl) });
  } catch (error) {
    if (error instanceof AccountSuspended || (error instanceof AuthError && error.cause?.err instanceof AccountSuspended)) {
      throw new AppError("forbidden", "This account is suspended. Contact the administrators if you think this is a mistake.");
    }
    if (error instanceof AuthError) throw new AppError("unauthorized", "Incorrect email or password.");
    throw error; // the redirect after a successful sign-in
  }
});
