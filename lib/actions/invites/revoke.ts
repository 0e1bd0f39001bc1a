"use server";

import { revokeInvite } from "@/lib/invites/revoke-invite";
import { userAction } from "@/lib/safe-action";
import { inviteIdSchema } from "@/lib/zod/invites";

export const revokeInviteAction = userAction.schema(inviteIdSchema).revalidates("layout").action(({ input, ctx }) => revokeInvite(ctx.user, input));
