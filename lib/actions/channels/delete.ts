"use server";

import { refreshing } from "@/lib/actions/refreshing";
import { deleteChannel } from "@/lib/channels/delete-channel";
import { userAction } from "@/lib/safe-action";
import { channelIdSchema } from "@/lib/zod/channels";

export const deleteChannelAction = userAction.schema(channelIdSchema).action(refreshing(deleteChannel));
