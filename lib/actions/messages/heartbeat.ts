"use server";

import { z } from "zod";
import { recordHeartbeat } from "@/lib/messages/heartbeat";
import { userAction } from "@/lib/safe-action";

/** The open app says it is still there (for "last seen …"). */
export const heartbeatAction = userAction.schema(z.object({})).revalidates("none").action(({ ctx }) => recordHeartbeat(ctx.user));
