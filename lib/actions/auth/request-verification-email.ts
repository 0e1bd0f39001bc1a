"use server";

import { requestVerificationEmail } from "@/lib/accounts/verification";
import { requestIp } from "@/lib/http";
import { publicAction } from "@/lib/safe-action";
import { emailRequestSchema } from "@/lib/zod/accounts";

/** "Send me a new verification link", signed out. Answers the same whether or not the address has an account. */
export const requestVerificationEmailAction = publicAction.schema(emailRequestSchema).revalidates("none").action(async ({ input }) => {
  await requestVerificationEmail(input.email, { ip: await requestIp() });
  return { email: input.email };
});
