"use server";

import { refreshing } from "@/lib/actions/refreshing";
import { reorderChannels } from "@/lib/channels/reorder-channels";
import { userAction } from "@/lib/safe-action";
import { reorderChannelsSchema } from "@/lib/zod/channels";

export const reorderChannelsAction = userAction.schema(reorderChannelsSchema).action(refreshing(reorderChannels));
