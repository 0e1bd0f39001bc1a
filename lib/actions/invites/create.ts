"use server";

import { createInvite } from "@/lib/invites/create-invite";
import { userAction } from "@/lib/safe-action";
import { createInviteSchema } from "@/lib/zod/invites";

export const createInviteAction = userAction.schema(createInviteSchema).revalidates("layout").action(({ input, ctx }) => createInvite(ctx.user, input));
