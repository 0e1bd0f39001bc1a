"use server";

import { createChannel } from "@/lib/channels/create-channel";
import { userAction } from "@/lib/safe-action";
import { createChannelSchema } from "@/lib/zod/channels";

export const createChannelAction = userAction.schema(createChannelSchema).revalidates("layout").action(({ input, ctx }) => createChannel(ctx.user, input));
