"use server";

import { disableTwoFactor } from "@/lib/accounts/two-factor";
import { userAction } from "@/lib/safe-action";
import { twoFactorPasswordSchema } from "@/lib/zod/two-factor";

export const disableTwoFactorAction = userAction.schema(twoFactorPasswordSchema).revalidates("page").action(async ({ input, ctx }) => {
  await disableTwoFactor(ctx.user, input.currentPassword);
});
