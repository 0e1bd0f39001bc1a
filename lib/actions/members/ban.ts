"use server";

import { banMember } from "@/lib/members/ban-member";
import { userAction } from "@/lib/safe-action";
import { memberTargetSchema } from "@/lib/zod/members";

export const banMemberAction = userAction.schema(memberTargetSchema).revalidates("layout").action(({ input, ctx }) => banMember(ctx.user, input));
