"use server";

import { requestEmailChange } from "@/lib/accounts/change-email";
import { userAction } from "@/lib/safe-action";
import { changeEmailSchema } from "@/lib/zod/accounts";

// "page": the pending address, or the banner's new address.
export const changeEmailAction = userAction.schema(changeEmailSchema).revalidates("page").action(({ input, ctx }) => requestEmailChange(ctx.user, input));
