"use server";

import { deleteChannel } from "@/lib/channels/delete-channel";
import { userAction } from "@/lib/safe-action";
import { channelIdSchema } from "@/lib/zod/channels";

export const deleteChannelAction = userAction.schema(channelIdSchema).revalidates("layout").action(({ input, ctx }) => deleteChannel(ctx.user, input));
