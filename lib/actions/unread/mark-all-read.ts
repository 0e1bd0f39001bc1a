"use server";

import { z } from "zod";
import { userAction } from "@/lib/safe-action";
import { markAllRead } from "@/lib/unread/mark";

export const markAllReadAction = userAction.schema(z.object({})).revalidates("none").action(({ ctx }) => markAllRead(ctx.user));
