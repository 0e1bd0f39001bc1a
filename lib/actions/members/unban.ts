"use server";

import { refreshing } from "@/lib/actions/refreshing";
import { unbanMember } from "@/lib/members/unban-member";
import { userAction } from "@/lib/safe-action";
import { memberTargetSchema } from "@/lib/zod/members";

export const unbanMemberAction = userAction.schema(memberTargetSchema).action(refreshing(unbanMember));
