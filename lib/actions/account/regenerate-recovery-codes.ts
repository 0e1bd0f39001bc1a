"use server";

import { regenerateRecoveryCodes } from "@/lib/accounts/two-factor";
import { userAction } from "@/lib/safe-action";
import { twoFactorPasswordSchema } from "@/lib/zod/two-factor";

export const regenerateRecoveryCodesAction = userAction
  .schema(twoFactorPasswordSchema)
  .revalidates("none").action(({ input, ctx }) => regenerateRecoveryCodes(ctx.user, input.currentPassword));
