"use server";

import { refresh } from "next/cache";
import { setUserRole } from "@/lib/admin/users/set-role";
import { adminAction } from "@/lib/safe-action";
import { setUserRoleSchema } from "@/lib/zod/admin";

export const setUserRoleAction = adminAction.schema(setUserRoleSchema).action(async ({ input, ctx }) => {
  await setUserRole(ctx.user, input.userId, input.role);
  refresh();
});
