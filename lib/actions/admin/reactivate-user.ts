"use server";

import { refresh } from "next/cache";
import { reactivateUser } from "@/lib/admin/users/reactivate-user";
import { adminAction } from "@/lib/safe-action";
import { userIdSchema } from "@/lib/zod/admin";

export const reactivateUserAction = adminAction.schema(userIdSchema).action(async ({ input, ctx }) => {
  await reactivateUser(ctx.user, input.userId);
  refresh();
});
