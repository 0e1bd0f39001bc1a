"use server";

import { adminAction } from "@/lib/safe-action";
import { openThreadBetween } from "@/lib/threads/start-thread";
import { adminThreadSchema } from "@/lib/zod/threads";

/** An admin opens a thread between other users (their 1:1 thread is reused). */
export const openThreadBetweenAction = adminAction.schema(adminThreadSchema).action(({ input, ctx }) => openThreadBetween(ctx.user, input));
