"use server";

import { unbanMember } from "@/lib/members/unban-member";
import { userAction } from "@/lib/safe-action";
import { memberTargetSchema } from "@/lib/zod/members";

export const unbanMemberAction = userAction.schema(memberTargetSchema).revalidates("layout").action(({ input, ctx }) => unbanMember(ctx.user, input));
