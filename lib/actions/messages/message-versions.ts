"use server";

import { messageVersions } from "@/lib/messages/edit-message";
import { userAction } from "@/lib/safe-action";
import { messageRefSchema } from "@/lib/zod/messages";

/** A message's edit history (its earlier versions). */
export const messageVersionsAction = userAction.schema(messageRefSchema).revalidates("none").action(({ input, ctx }) => messageVersions(ctx.user, input));
