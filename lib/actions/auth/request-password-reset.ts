"use server";

import { redirect } from "next/navigation";
import { requestPasswordReset } from "@/lib/accounts/password-reset";
import { requestIp } from "@/lib/http";
import { publicAction } from "@/lib/safe-action";
import { emailRequestSchema } from "@/lib/zod/accounts";

/** Reset step 1 → step 2 ("check your inbox"), the same whether or not the address has an account. */
export const requestPasswordResetAction = publicAction.schema(emailRequestSchema).revalidates("none").action(async ({ input }) => {
  await requestPasswordReset(input.email, { ip: await requestIp() });
  redirect("/password/reset/sent");
});
