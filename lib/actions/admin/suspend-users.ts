"use server";

import { refresh } from "next/cache";
import { suspendUsers } from "@/lib/admin/users/suspend-users";
import { adminAction } from "@/lib/safe-action";
import { userIdsSchema } from "@/lib/zod/admin";

export const suspendUsersAction = adminAction.schema(userIdsSchema).action(async ({ input, ctx }) => {
  const result = await suspendUsers(ctx.user, input.userIds);
  refresh();
  return result;
});
