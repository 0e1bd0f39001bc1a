"use server";

import { userAction } from "@/lib/safe-action";
import { transferOwnership } from "@/lib/servers/transfer-ownership";
import { transferOwnershipSchema } from "@/lib/zod/servers";

export const transferOwnershipAction = userAction.schema(transferOwnershipSchema).revalidates("layout").action(({ input, ctx }) => transferOwnership(ctx.user, input));
