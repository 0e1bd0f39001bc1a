"use server";

import { sendMessage } from "@/lib/messages/send-message";
import { verifiedAction } from "@/lib/safe-action";
import { sendMessageSchema } from "@/lib/zod/messages";

export const sendMessageAction = verifiedAction.schema(sendMessageSchema).revalidates("none").action(({ input, ctx }) => sendMessage(ctx.user, input));
