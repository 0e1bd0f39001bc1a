"use server";

import { verifiedAction } from "@/lib/safe-action";
import { renameThread } from "@/lib/threads/rename-thread";
import { renameThreadSchema } from "@/lib/zod/threads";

/** Rename a group thread (the sidebar shows its title). */
export const renameThreadAction = verifiedAction.schema(renameThreadSchema).revalidates("layout").action(({ input, ctx }) => renameThread(ctx.user, input));
