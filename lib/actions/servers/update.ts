"use server";

import { refreshing } from "@/lib/actions/refreshing";
import { userAction } from "@/lib/safe-action";
import { updateServer } from "@/lib/servers/update-server";
import { updateServerSchema } from "@/lib/zod/servers";

export const updateServerAction = userAction.schema(updateServerSchema).action(refreshing(updateServer));
