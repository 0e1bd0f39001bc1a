"use server";

import { refreshing } from "@/lib/actions/refreshing";
import { userAction } from "@/lib/safe-action";
import { deleteServer } from "@/lib/servers/delete-server";
import { serverIdSchema } from "@/lib/zod/servers";

export const deleteServerAction = userAction.schema(serverIdSchema).action(refreshing(deleteServer));
