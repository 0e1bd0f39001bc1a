"use server";

import { listChannelMembers } from "@/lib/channels/channel-members";
import { userAction } from "@/lib/safe-action";
import { channelIdSchema } from "@/lib/zod/channels";

/** The members dialog's list of who was chosen for a private channel. */
export const listChannelMembersAction = userAction.schema(channelIdSchema).revalidates("none").action(async ({ input, ctx }) =>
  (await listChannelMembers(ctx.user, input)).map(({ addedAt, ...member }) => ({ ...member, addedAt: addedAt.toISOString() })),
);
