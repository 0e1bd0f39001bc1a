"use server";

import { refresh } from "next/cache";
import { adminUpdateServer } from "@/lib/admin/servers/update-server";
import { adminAction } from "@/lib/safe-action";
import { updateServerSchema } from "@/lib/zod/admin";

export const updateServerAction = adminAction.schema(updateServerSchema).action(async ({ input, ctx }) => {
  const server = await adminUpdateServer(ctx.user, input);
  refresh();
  return server;
});
