"use server";

import { removeMember } from "@/lib/members/remove-member";
import { userAction } from "@/lib/safe-action";
import { memberTargetSchema } from "@/lib/zod/members";

export const removeMemberAction = userAction.schema(memberTargetSchema).revalidates("layout").action(({ input, ctx }) => removeMember(ctx.user, input));
