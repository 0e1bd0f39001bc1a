"use server";

import { leaveServer } from "@/lib/members/leave-server";
import { userAction } from "@/lib/safe-action";
import { serverIdSchema } from "@/lib/zod/servers";

export const leaveServerAction = userAction.schema(serverIdSchema).revalidates("layout").action(({ input, ctx }) => leaveServer(ctx.user, input));
