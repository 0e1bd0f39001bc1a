"use server";

import { refreshing } from "@/lib/actions/refreshing";
import { verifiedAction } from "@/lib/safe-action";
import { createServer } from "@/lib/servers/create-server";
import { createServerSchema } from "@/lib/zod/servers";

export const createServerAction = verifiedAction.schema(createServerSchema).action(refreshing(createServer));
