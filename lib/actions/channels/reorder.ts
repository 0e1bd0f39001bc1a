"use server";

import { reorderChannels } from "@/lib/channels/reorder-channels";
import { userAction } from "@/lib/safe-action";
import { reorderChannelsSchema } from "@/lib/zod/channels";

export const reorderChannelsAction = userAction.schema(reorderChannelsSchema).revalidates("layout").action(({ input, ctx }) => reorderChannels(ctx.user, input));
