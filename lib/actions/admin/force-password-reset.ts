"use server";

import { refresh } from "next/cache";
import { forcePasswordReset } from "@/lib/admin/users/force-password-reset";
import { adminAction } from "@/lib/safe-action";
import { userIdSchema } from "@/lib/zod/admin";

export const forcePasswordResetAction = adminAction.schema(userIdSchema).action(async ({ input, ctx }) => {
  const result = await forcePasswordReset(ctx.user, input.userId);
  refresh();
  return result;
});
