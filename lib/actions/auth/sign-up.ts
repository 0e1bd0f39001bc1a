"use server";

import { redirect } from "next/navigation";
import { signUp } from "@/lib/accounts/sign-up";
import { requestIp } from "@/lib/http";
import { publicAction } from "@/lib/safe-action";
import { signUpSchema } from "@/lib/zod/accounts";

/**
 * Creates the account, then sends the person to sign in with "check your inbox": the same
 * answer when the email already has an account (its owner is emailed instead), so signing up
 * never reveals who is registered.
 */
export const signUpAction = publicAction.schema(signUpSchema).revalidates("none").action(async ({ input }) => {
  await signUp(input, { ip: await requestIp() });
  redirect("/signin?signedUp=1");
});
