"use server";

import { adminTransferServer } from "@/lib/admin/servers/transfer-server";
import { adminAction } from "@/lib/safe-action";
import { transferServerSchema } from "@/lib/zod/admin";

export const transferServerAction = adminAction.schema(transferServerSchema).revalidates("page").action(async ({ input, ctx }) => {
  await adminTransferServer(ctx.user, input);
});
