"use server";

import { refresh } from "next/cache";
import { requestEmailChange } from "@/lib/accounts/change-email";
import { userAction } from "@/lib/safe-action";
import { changeEmailSchema } from "@/lib/zod/accounts";

export const changeEmailAction = userAction.schema(changeEmailSchema).action(async ({ input, ctx }) => {
  const result = await requestEmailChange(ctx.user, input);
  refresh(); // the pending address, or the banner's new address
  return result;
});
