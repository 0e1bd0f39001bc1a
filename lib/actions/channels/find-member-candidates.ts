"use server";

import { findChannelMemberCandidates } from "@/lib/channels/channel-members";
import { userAction } from "@/lib/safe-action";
import { channelMemberSearchSchema } from "@/lib/zod/channels";

/** Server members to add to a private channel (the members dialog's people picker). */
export const findChannelMemberCandidatesAction = userAction
  .schema(channelMemberSearchSchema)
  .revalidates("none")
  .action(({ input, ctx }) => findChannelMemberCandidates(ctx.user, input));
