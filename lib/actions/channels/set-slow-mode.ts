"use server";

import { setSlowMode } from "@/lib/moderation/slow-mode";
import { userAction } from "@/lib/safe-action";
import { setSlowModeSchema } from "@/lib/zod/moderation";

export const setSlowModeAction = userAction.schema(setSlowModeSchema).revalidates("page").action(({ input, ctx }) => setSlowMode(ctx.user, input));
