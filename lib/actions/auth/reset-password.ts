"use server";

import { redirect } from "next/navigation";
import { resetPassword } from "@/lib/accounts/password-reset";
import { publicAction } from "@/lib/safe-action";
import { resetPasswordSchema } from "@/lib/zod/accounts";

/** Reset step 3 → step 4 (done; sign in with the new password). */
export const resetPasswordAction = publicAction.schema(resetPasswordSchema).revalidates("none").action(async ({ input }) => {
  await resetPassword(input);
  redirect("/password/reset/complete");
});
