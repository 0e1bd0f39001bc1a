"use server";

import { userAction } from "@/lib/safe-action";
import { markConversationRead } from "@/lib/unread/mark";
import { conversationRefSchema } from "@/lib/zod/unread";

export const markConversationReadAction = userAction
  .schema(conversationRefSchema)
  .revalidates("none")
  .action(({ input, ctx }) => markConversationRead(ctx.user, input.conversationId));
