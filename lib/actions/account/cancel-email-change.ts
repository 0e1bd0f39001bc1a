"use server";

import { z } from "zod";
import { cancelEmailChange } from "@/lib/accounts/change-email";
import { userAction } from "@/lib/safe-action";

export const cancelEmailChangeAction = userAction.schema(z.object({})).revalidates("page").action(async ({ ctx }) => {
  await cancelEmailChange(ctx.user);
});
