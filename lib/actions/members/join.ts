"use server";

import { joinServer } from "@/lib/members/join-server";
import { verifiedAction } from "@/lib/safe-action";
import { serverIdSchema } from "@/lib/zod/servers";

export const joinServerAction = verifiedAction.schema(serverIdSchema).revalidates("layout").action(({ input, ctx }) => joinServer(ctx.user, input));
