"use server";

import { hideMessageForMe } from "@/lib/messages/hide-message";
import { userAction } from "@/lib/safe-action";
import { messageRefSchema } from "@/lib/zod/messages";

/** Delete for me. */
export const hideMessageAction = userAction.schema(messageRefSchema).revalidates("none").action(({ input, ctx }) => hideMessageForMe(ctx.user, input));
