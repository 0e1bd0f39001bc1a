"use server";

import { deleteThread } from "@/lib/admin/threads/delete-thread";
import { adminAction } from "@/lib/safe-action";
import { threadIdSchema } from "@/lib/zod/admin";

export const deleteThreadAction = adminAction.schema(threadIdSchema).revalidates("page").action(async ({ input, ctx }) => {
  await deleteThread(ctx.user, input.threadId);
});
