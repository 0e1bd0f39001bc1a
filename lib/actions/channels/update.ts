"use server";

import { updateChannel } from "@/lib/channels/update-channel";
import { userAction } from "@/lib/safe-action";
import { updateChannelSchema } from "@/lib/zod/channels";

export const updateChannelAction = userAction.schema(updateChannelSchema).revalidates("layout").action(({ input, ctx }) => updateChannel(ctx.user, input));
