"use server";

import { userAction } from "@/lib/safe-action";
import { markUnreadFrom } from "@/lib/unread/mark";
import { messageRefSchema } from "@/lib/zod/messages";

export const markUnreadAction = userAction.schema(messageRefSchema).revalidates("none").action(({ input, ctx }) => markUnreadFrom(ctx.user, input.messageId));
