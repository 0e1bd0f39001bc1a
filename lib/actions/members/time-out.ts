"use server";

import { timeOutMember } from "@/lib/moderation/time-out-member";
import { userAction } from "@/lib/safe-action";
import { timeOutMemberSchema } from "@/lib/zod/moderation";

export const timeOutMemberAction = userAction.schema(timeOutMemberSchema).revalidates("page").action(({ input, ctx }) => timeOutMember(ctx.user, input));
