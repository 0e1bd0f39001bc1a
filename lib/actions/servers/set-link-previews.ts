"use server";

import { setLinkPreviews } from "@/lib/servers/link-previews";
import { userAction } from "@/lib/safe-action";
import { setLinkPreviewsSchema } from "@/lib/zod/servers";

export const setLinkPreviewsAction = userAction.schema(setLinkPreviewsSchema).revalidates("page").action(({ input, ctx }) => setLinkPreviews(ctx.user, input));
