"use server";

import { z } from "zod";
import { resendEmailChange } from "@/lib/accounts/change-email";
import { userAction } from "@/lib/safe-action";

export const resendEmailChangeAction = userAction.schema(z.object({})).revalidates("none").action(({ ctx }) => resendEmailChange(ctx.user));
