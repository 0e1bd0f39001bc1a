"use server";

import { adminDeleteServer } from "@/lib/admin/servers/delete-server";
import { adminAction } from "@/lib/safe-action";
import { serverIdSchema } from "@/lib/zod/admin";

export const deleteServerAction = adminAction.schema(serverIdSchema).revalidates("page").action(async ({ input, ctx }) => {
  await adminDeleteServer(ctx.user, input.serverId);
});
