"use server";

import { suspendUsers } from "@/lib/admin/users/suspend-users";
import { adminAction } from "@/lib/safe-action";
import { userIdsSchema } from "@/lib/zod/admin";

export const suspendUsersAction = adminAction.schema(userIdsSchema).revalidates("page").action(({ input, ctx }) => suspendUsers(ctx.user, input.userIds));
