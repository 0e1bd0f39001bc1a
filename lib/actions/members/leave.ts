"use server";

import { refreshing } from "@/lib/actions/refreshing";
import { leaveServer } from "@/lib/members/leave-server";
import { userAction } from "@/lib/safe-action";
import { serverIdSchema } from "@/lib/zod/servers";

export const leaveServerAction = userAction.schema(serverIdSchema).action(refreshing(leaveServer));
