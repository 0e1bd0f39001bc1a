"use server";

import { removeChannelMember } from "@/lib/channels/channel-members";
import { userAction } from "@/lib/safe-action";
import { channelMemberSchema } from "@/lib/zod/channels";

export const removeChannelMemberAction = userAction.schema(channelMemberSchema).revalidates("none").action(({ input, ctx }) => removeChannelMember(ctx.user, input));
