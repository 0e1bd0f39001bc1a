"use server";

import { deleteMessageForEveryone } from "@/lib/messages/delete-message";
import { userAction } from "@/lib/safe-action";
import { messageRefSchema } from "@/lib/zod/messages";

/** Delete for everyone. */
export const deleteMessageAction = userAction.schema(messageRefSchema).revalidates("none").action(({ input, ctx }) => deleteMessageForEveryone(ctx.user, input));
