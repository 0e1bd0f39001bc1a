"use server";

import { AuthError } from "next-auth";
import { redirect } from "next/navigation";
import { signUp } from "@/lib/accounts/sign-up";
import { signIn } from "@/lib/auth";
import { requestIp } from "@/lib/http";
import { publicAction } from "@/lib/safe-action";
import { signUpSchema } from "@/lib/zod/accounts";

/** Creates the account, then signs in: the app shows a "verify your email" banner until the link is used. */
export const signUpAction = publicAction.schema(signUpSchema).action(async ({ input }) => {
  await signUp(input, { ip: await requestIp() });
  try {
    await signIn("credentials", { email: input.email, password: input.password, redirectTo: "/home" });
  } catch (error) {
    if (error instanceof AuthError) redirect("/signin?signedUp=1");
    throw error; // the redirect to /home
  }
});
