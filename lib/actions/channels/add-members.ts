"use server";

import { addChannelMembers } from "@/lib/channels/channel-members";
import { userAction } from "@/lib/safe-action";
import { addChannelMembersSchema } from "@/lib/zod/channels";

export const addChannelMembersAction = userAction.schema(addChannelMembersSchema).revalidates("none").action(({ input, ctx }) => addChannelMembers(ctx.user, input));
