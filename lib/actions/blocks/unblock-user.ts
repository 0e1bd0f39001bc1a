"use server";

import { unblockUser } from "@/lib/blocks/blocks";
import { userAction } from "@/lib/safe-action";
import { blockUserSchema } from "@/lib/zod/blocks";

export const unblockUserAction = userAction.schema(blockUserSchema).revalidates("layout").action(({ input, ctx }) => unblockUser(ctx.user, input));
