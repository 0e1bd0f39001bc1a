"use server";

import { verifiedAction } from "@/lib/safe-action";
import { createServer } from "@/lib/servers/create-server";
import { createServerSchema } from "@/lib/zod/servers";

export const createServerAction = verifiedAction.schema(createServerSchema).revalidates("layout").action(({ input, ctx }) => createServer(ctx.user, input));
