"use server";

import { adminUpdateServer } from "@/lib/admin/servers/update-server";
import { adminAction } from "@/lib/safe-action";
import { updateServerSchema } from "@/lib/zod/admin";

export const updateServerAction = adminAction.schema(updateServerSchema).revalidates("page").action(({ input, ctx }) => adminUpdateServer(ctx.user, input));
