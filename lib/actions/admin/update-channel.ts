"use server";

import { adminUpdateChannel } from "@/lib/admin/servers/update-channel";
import { adminAction } from "@/lib/safe-action";
import { updateChannelSchema } from "@/lib/zod/admin";

export const updateChannelAction = adminAction.schema(updateChannelSchema).revalidates("page").action(async ({ input, ctx }) => {
  await adminUpdateChannel(ctx.user, input);
});
