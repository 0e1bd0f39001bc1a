"use server";

import { reactivateUser } from "@/lib/admin/users/reactivate-user";
import { adminAction } from "@/lib/safe-action";
import { userIdSchema } from "@/lib/zod/admin";

export const reactivateUserAction = adminAction.schema(userIdSchema).revalidates("page").action(async ({ input, ctx }) => {
  await reactivateUser(ctx.user, input.userId);
});
