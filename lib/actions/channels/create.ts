"use server";

import { refreshing } from "@/lib/actions/refreshing";
import { createChannel } from "@/lib/channels/create-channel";
import { userAction } from "@/lib/safe-action";
import { createChannelSchema } from "@/lib/zod/channels";

export const createChannelAction = userAction.schema(createChannelSchema).action(refreshing(createChannel));
