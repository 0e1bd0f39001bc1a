"use server";

import { refresh } from "next/cache";
import { deleteUsers } from "@/lib/admin/users/delete-users";
import { adminAction } from "@/lib/safe-action";
import { userIdsSchema } from "@/lib/zod/admin";

export const deleteUsersAction = adminAction.schema(userIdsSchema).action(async ({ input, ctx }) => {
  const result = await deleteUsers(ctx.user, input.userIds);
  refresh();
  return result;
});
