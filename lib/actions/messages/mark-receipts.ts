"use server";

import { markReceipts } from "@/lib/messages/receipts";
import { userAction } from "@/lib/safe-action";
import { markReadSchema } from "@/lib/zod/messages";

export const markReceiptsAction = userAction.schema(markReadSchema).revalidates("none").action(({ input, ctx }) => markReceipts(ctx.user, input));
