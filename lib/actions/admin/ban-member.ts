"use server";

import { adminBanMember } from "@/lib/admin/moderation/ban-member";
import { adminAction } from "@/lib/safe-action";
import { banMemberSchema } from "@/lib/zod/admin";

export const banMemberAction = adminAction.schema(banMemberSchema).revalidates("page").action(async ({ input, ctx }) => {
  await adminBanMember(ctx.user, input);
});
