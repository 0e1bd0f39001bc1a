"use server";

import { listPins } from "@/lib/pins/pins";
import { userAction } from "@/lib/safe-action";
import { listPinsSchema } from "@/lib/zod/pins";

/** A conversation's pinned messages, for its Pinned panel. */
export const listPinsAction = userAction.schema(listPinsSchema).revalidates("none").action(({ input, ctx }) => listPins(ctx.user, input));
