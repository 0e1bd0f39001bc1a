"use server";

import { verifiedAction } from "@/lib/safe-action";
import { startThread } from "@/lib/threads/start-thread";
import { startThreadSchema } from "@/lib/zod/threads";

export const startThreadAction = verifiedAction.schema(startThreadSchema).revalidates("none").action(({ input, ctx }) => startThread(ctx.user, input));
