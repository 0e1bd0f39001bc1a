"use server";

import { changePassword } from "@/lib/accounts/change-password";
import { userAction } from "@/lib/safe-action";
import { changePasswordSchema } from "@/lib/zod/accounts";

export const changePasswordAction = userAction.schema(changePasswordSchema).revalidates("none").action(({ input, ctx }) => changePassword(ctx.user, input));
