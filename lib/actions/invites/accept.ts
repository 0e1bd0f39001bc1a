"use server";

import { acceptInvite } from "@/lib/invites/accept-invite";
import { verifiedAction } from "@/lib/safe-action";
import { inviteCodeSchema } from "@/lib/zod/invites";

export const acceptInviteAction = verifiedAction.schema(inviteCodeSchema).revalidates("layout").action(({ input, ctx }) => acceptInvite(ctx.user, input));
