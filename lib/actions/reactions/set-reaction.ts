"use server";

import { setReaction } from "@/lib/reactions/reactions";
import { verifiedAction } from "@/lib/safe-action";
import { setReactionSchema } from "@/lib/zod/reactions";

/** React to a message with an emoji, or take the reaction back. */
export const setReactionAction = verifiedAction.schema(setReactionSchema).revalidates("none").action(({ input, ctx }) => setReaction(ctx.user, input));
