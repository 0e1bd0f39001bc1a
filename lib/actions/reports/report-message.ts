"use server";

import { reportMessage } from "@/lib/reports/report-message";
import { userAction } from "@/lib/safe-action";
import { reportMessageSchema } from "@/lib/zod/reports";

export const reportMessageAction = userAction.schema(reportMessageSchema).revalidates("none").action(({ input, ctx }) => reportMessage(ctx.user, input));
