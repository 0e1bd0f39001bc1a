"use server";

import { suspendUsers } from "@/lib/admin/users/suspend-users";
import { resolveReport } from "@/lib/reports/resolve-report";
import { userAction } from "@/lib/safe-action";
import { resolveReportSchema } from "@/lib/zod/reports";

export const resolveReportAction = userAction.schema(resolveReportSchema).revalidates("page").action(({ input, ctx }) =>
  resolveReport(ctx.user, input, { suspend: (userId) => suspendUsers(ctx.user, [userId]) }),
);
