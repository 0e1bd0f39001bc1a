"use server";

import { userAction } from "@/lib/safe-action";
import { deleteServer } from "@/lib/servers/delete-server";
import { serverIdSchema } from "@/lib/zod/servers";

export const deleteServerAction = userAction.schema(serverIdSchema).revalidates("layout").action(({ input, ctx }) => deleteServer(ctx.user, input));
