"use server";

import { ignoreMessageRequest } from "@/lib/requests/requests";
import { userAction } from "@/lib/safe-action";
import { messageRequestSchema } from "@/lib/zod/message-requests";

export const ignoreRequestAction = userAction.schema(messageRequestSchema).revalidates("layout").action(({ input, ctx }) => ignoreMessageRequest(ctx.user, input));
