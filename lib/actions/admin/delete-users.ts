"use server";

import { deleteUsers } from "@/lib/admin/users/delete-users";
import { adminAction } from "@/lib/safe-action";
import { userIdsSchema } from "@/lib/zod/admin";

export const deleteUsersAction = adminAction.schema(userIdsSchema).revalidates("page").action(({ input, ctx }) => deleteUsers(ctx.user, input.userIds));
