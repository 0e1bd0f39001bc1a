"use server";

import { refreshing } from "@/lib/actions/refreshing";
import { setMemberRole } from "@/lib/members/set-member-role";
import { userAction } from "@/lib/safe-action";
import { setMemberRoleSchema } from "@/lib/zod/members";

export const setMemberRoleAction = userAction.schema(setMemberRoleSchema).action(refreshing(setMemberRole));
