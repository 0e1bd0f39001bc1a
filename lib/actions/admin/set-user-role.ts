"use server";

import { setUserRole } from "@/lib/admin/users/set-role";
import { adminAction } from "@/lib/safe-action";
import { setUserRoleSchema } from "@/lib/zod/admin";

export const setUserRoleAction = adminAction.schema(setUserRoleSchema).revalidates("page").action(async ({ input, ctx }) => {
  await setUserRole(ctx.user, input.userId, input.role);
});
