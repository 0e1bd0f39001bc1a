"use server";

import { refresh } from "next/cache";
import { adminResendVerification } from "@/lib/admin/users/resend-verification";
import { adminAction } from "@/lib/safe-action";
import { userIdSchema } from "@/lib/zod/admin";

export const resendVerificationAction = adminAction.schema(userIdSchema).action(async ({ input, ctx }) => {
  const result = await adminResendVerification(ctx.user, input.userId);
  refresh();
  return result;
});
