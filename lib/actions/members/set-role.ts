"use server";

import { setMemberRole } from "@/lib/members/set-member-role";
import { userAction } from "@/lib/safe-action";
import { setMemberRoleSchema } from "@/lib/zod/members";

export const setMemberRoleAction = userAction.schema(setMemberRoleSchema).revalidates("layout").action(({ input, ctx }) => setMemberRole(ctx.user, input));
