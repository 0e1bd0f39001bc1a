"use server";

import { adminDeleteChannel } from "@/lib/admin/servers/delete-channel";
import { adminAction } from "@/lib/safe-action";
import { channelIdSchema } from "@/lib/zod/admin";

export const deleteChannelAction = adminAction.schema(channelIdSchema).revalidates("page").action(async ({ input, ctx }) => {
  await adminDeleteChannel(ctx.user, input.channelId);
});
