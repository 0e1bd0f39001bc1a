"use server";

import { refreshing } from "@/lib/actions/refreshing";
import { removeMember } from "@/lib/members/remove-member";
import { userAction } from "@/lib/safe-action";
import { memberTargetSchema } from "@/lib/zod/members";

export const removeMemberAction = userAction.schema(memberTargetSchema).action(refreshing(removeMember));
