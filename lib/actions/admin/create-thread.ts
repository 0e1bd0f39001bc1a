"use server";

import { adminCreateThread } from "@/lib/admin/threads/create-thread";
import { adminAction } from "@/lib/safe-action";
import { adminThreadSchema } from "@/lib/zod/threads";

export const createThreadAction = adminAction.schema(adminThreadSchema).revalidates("page").action(({ input, ctx }) => adminCreateThread(ctx.user, input));
