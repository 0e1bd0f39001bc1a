"use server";

import { refreshing } from "@/lib/actions/refreshing";
import { acceptInvite } from "@/lib/invites/accept-invite";
import { verifiedAction } from "@/lib/safe-action";
import { inviteCodeSchema } from "@/lib/zod/invites";

export const acceptInviteAction = verifiedAction.schema(inviteCodeSchema).action(refreshing(acceptInvite));
