"use server";

import { refreshing } from "@/lib/actions/refreshing";
import { banMember } from "@/lib/members/ban-member";
import { userAction } from "@/lib/safe-action";
import { memberTargetSchema } from "@/lib/zod/members";

export const banMemberAction = userAction.schema(memberTargetSchema).action(refreshing(banMember));
