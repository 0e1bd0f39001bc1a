"use server";

import { verifiedAction } from "@/lib/safe-action";
import { setThreadSettings } from "@/lib/threads/thread-settings";
import { threadSettingsSchema } from "@/lib/zod/threads";

/** The group's creator lets everyone manage it, or takes that back. */
export const threadSettingsAction = verifiedAction.schema(threadSettingsSchema).revalidates("none").action(({ input, ctx }) => setThreadSettings(ctx.user, input));
