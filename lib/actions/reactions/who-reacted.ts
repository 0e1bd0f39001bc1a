"use server";

import { whoReacted } from "@/lib/reactions/reactions";
import { userAction } from "@/lib/safe-action";
import { messageRefSchema } from "@/lib/zod/messages";

/** Who reacted to a message, per emoji. */
export const whoReactedAction = userAction.schema(messageRefSchema).revalidates("none").action(({ input, ctx }) => whoReacted(ctx.user, input));
