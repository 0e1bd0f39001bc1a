"use server";

import { userAction } from "@/lib/safe-action";
import { searchMessages } from "@/lib/search/messages";
import { messageSearchSchema } from "@/lib/zod/search";

/** The search box and "search in this conversation": messages the reader may read right now. */
export const searchMessagesAction = userAction.schema(messageSearchSchema).revalidates("none").action(({ input, ctx }) => searchMessages(ctx.user, input));
