"use server";

import { refreshing } from "@/lib/actions/refreshing";
import { joinServer } from "@/lib/members/join-server";
import { verifiedAction } from "@/lib/safe-action";
import { serverIdSchema } from "@/lib/zod/servers";

export const joinServerAction = verifiedAction.schema(serverIdSchema).action(refreshing(joinServer));
