"use server";

import { adminResendVerification } from "@/lib/admin/users/resend-verification";
import { adminAction } from "@/lib/safe-action";
import { userIdSchema } from "@/lib/zod/admin";

export const resendVerificationAction = adminAction.schema(userIdSchema).revalidates("page").action(({ input, ctx }) => adminResendVerification(ctx.user, input.userId));
