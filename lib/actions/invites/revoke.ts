"use server";

import { refreshing } from "@/lib/actions/refreshing";
import { revokeInvite } from "@/lib/invites/revoke-invite";
import { userAction } from "@/lib/safe-action";
import { inviteIdSchema } from "@/lib/zod/invites";

export const revokeInviteAction = userAction.schema(inviteIdSchema).action(refreshing(revokeInvite));
