"use server";

import { verifyUserEmail } from "@/lib/admin/users/verify-email";
import { adminAction } from "@/lib/safe-action";
import { userIdSchema } from "@/lib/zod/admin";

export const verifyUserEmailAction = adminAction.schema(userIdSchema).revalidates("page").action(async ({ input, ctx }) => {
  await verifyUserEmail(ctx.user, input.userId);
});
