"use server";

import { setMessagePolicy } from "@/lib/requests/policy";
import { userAction } from "@/lib/safe-action";
import { messagePolicySchema } from "@/lib/zod/message-requests";

export const setMessagePolicyAction = userAction.schema(messagePolicySchema).revalidates("page").action(({ input, ctx }) => setMessagePolicy(ctx.user, input));
