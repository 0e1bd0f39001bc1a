"use server";

import { removeLinkPreview } from "@/lib/links/remove-preview";
import { userAction } from "@/lib/safe-action";
import { messageRefSchema } from "@/lib/zod/messages";

/** The author takes the link preview off their message. */
export const removeLinkPreviewAction = userAction.schema(messageRefSchema).revalidates("none").action(({ input, ctx }) => removeLinkPreview(ctx.user, input));
