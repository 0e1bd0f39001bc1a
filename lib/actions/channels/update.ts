"use server";

import { refreshing } from "@/lib/actions/refreshing";
import { updateChannel } from "@/lib/channels/update-channel";
import { userAction } from "@/lib/safe-action";
import { updateChannelSchema } from "@/lib/zod/channels";

export const updateChannelAction = userAction.schema(updateChannelSchema).action(refreshing(updateChannel));
