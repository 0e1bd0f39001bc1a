"use server";

import { userAction } from "@/lib/safe-action";
import { leaveThread } from "@/lib/threads/leave-thread";
import { leaveThreadSchema } from "@/lib/zod/threads";

/** Leave a group thread (no verified address needed: leaving is always allowed). */
export const leaveThreadAction = userAction.schema(leaveThreadSchema).revalidates("layout").action(({ input, ctx }) => leaveThread(ctx.user, input));
