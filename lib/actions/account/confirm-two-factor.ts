"use server";

import { confirmTwoFactor } from "@/lib/accounts/two-factor";
import { userAction } from "@/lib/safe-action";
import { confirmTwoFactorSchema } from "@/lib/zod/two-factor";

export const confirmTwoFactorAction = userAction.schema(confirmTwoFactorSchema).revalidates("none").action(({ input, ctx }) => confirmTwoFactor(ctx.user, input.code));
