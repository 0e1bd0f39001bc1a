"use server";

import { blockUser } from "@/lib/blocks/blocks";
import { userAction } from "@/lib/safe-action";
import { blockUserSchema } from "@/lib/zod/blocks";

export const blockUserAction = userAction.schema(blockUserSchema).revalidates("layout").action(({ input, ctx }) => blockUser(ctx.user, input));
