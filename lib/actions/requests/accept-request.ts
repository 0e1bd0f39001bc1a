"use server";

import { acceptMessageRequest } from "@/lib/requests/requests";
import { userAction } from "@/lib/safe-action";
import { messageRequestSchema } from "@/lib/zod/message-requests";

export const acceptRequestAction = userAction.schema(messageRequestSchema).revalidates("layout").action(({ input, ctx }) => acceptMessageRequest(ctx.user, input));
