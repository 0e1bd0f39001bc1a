"use server";

import { forcePasswordReset } from "@/lib/admin/users/force-password-reset";
import { adminAction } from "@/lib/safe-action";
import { userIdSchema } from "@/lib/zod/admin";

export const forcePasswordResetAction = adminAction.schema(userIdSchema).revalidates("page").action(({ input, ctx }) => forcePasswordReset(ctx.user, input.userId));
