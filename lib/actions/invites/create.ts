"use server";

import { refreshing } from "@/lib/actions/refreshing";
import { createInvite } from "@/lib/invites/create-invite";
import { userAction } from "@/lib/safe-action";
import { createInviteSchema } from "@/lib/zod/invites";

export const createInviteAction = userAction.schema(createInviteSchema).action(refreshing(createInvite));
