"use server";

import { setPin } from "@/lib/pins/pins";
import { verifiedAction } from "@/lib/safe-action";
import { setPinSchema } from "@/lib/zod/pins";

/** Pin a message to its conversation, or unpin it. */
export const setPinAction = verifiedAction.schema(setPinSchema).revalidates("none").action(({ input, ctx }) => setPin(ctx.user, input));
