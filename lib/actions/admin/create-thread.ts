"use server";

import { refresh } from "next/cache";
import { adminCreateThread } from "@/lib/admin/threads/create-thread";
import { adminAction } from "@/lib/safe-action";
import { adminThreadSchema } from "@/lib/zod/threads";

export const createThreadAction = adminAction.schema(adminThreadSchema).action(async ({ input, ctx }) => {
  const thread = await adminCreateThread(ctx.user, input);
  refresh();
  return thread;
});
