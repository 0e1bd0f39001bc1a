"use server";

import { editMessage } from "@/lib/messages/edit-message";
import { verifiedAction } from "@/lib/safe-action";
import { editMessageSchema } from "@/lib/zod/messages";

/** Edit your own message. */
export const editMessageAction = verifiedAction.schema(editMessageSchema).revalidates("none").action(({ input, ctx }) => editMessage(ctx.user, input));
