"use server";

import { z } from "zod";
import { userAction } from "@/lib/safe-action";
import { unreadSummary } from "@/lib/unread/summary";

/** The browser's catch-up after a gap in its realtime connection, or after a bulk "mark read". */
export const unreadSummaryAction = userAction.schema(z.object({})).revalidates("none").action(({ ctx }) => unreadSummary(ctx.user.id));
