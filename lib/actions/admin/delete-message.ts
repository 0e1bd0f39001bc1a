"use server";

import { adminDeleteMessage } from "@/lib/admin/moderation/delete-message";
import { adminAction } from "@/lib/safe-action";
import { messageIdSchema } from "@/lib/zod/admin";

export const deleteMessageAction = adminAction.schema(messageIdSchema).revalidates("page").action(async ({ input, ctx }) => {
  await adminDeleteMessage(ctx.user, input.messageId);
});
