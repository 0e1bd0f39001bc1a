"use server";

import { refreshing } from "@/lib/actions/refreshing";
import { userAction } from "@/lib/safe-action";
import { transferOwnership } from "@/lib/servers/transfer-ownership";
import { transferOwnershipSchema } from "@/lib/zod/servers";

export const transferOwnershipAction = userAction.schema(transferOwnershipSchema).action(refreshing(transferOwnership));
