"use server";

import { userAction } from "@/lib/safe-action";
import { markServerRead } from "@/lib/unread/mark";
import { serverRefSchema } from "@/lib/zod/unread";

export const markServerReadAction = userAction.schema(serverRefSchema).revalidates("none").action(({ input, ctx }) => markServerRead(ctx.user, input.serverId));
