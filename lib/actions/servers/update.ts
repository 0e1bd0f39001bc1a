"use server";

import { userAction } from "@/lib/safe-action";
import { updateServer } from "@/lib/servers/update-server";
import { updateServerSchema } from "@/lib/zod/servers";

export const updateServerAction = userAction.schema(updateServerSchema).revalidates("layout").action(({ input, ctx }) => updateServer(ctx.user, input));
