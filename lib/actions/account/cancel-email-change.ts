"use server";

import { refresh } from "next/cache";
import { z } from "zod";
import { cancelEmailChange } from "@/lib/accounts/change-email";
import { userAction } from "@/lib/safe-action";

export const cancelEmailChangeAction = userAction.schema(z.object({})).action(async ({ ctx }) => {
  await cancelEmailChange(ctx.user);
  refresh();
});
