"use server";

import { verifiedAction } from "@/lib/safe-action";
import { removeParticipant } from "@/lib/threads/remove-participant";
import { removeParticipantSchema } from "@/lib/zod/threads";

/** Remove someone from a group thread. */
export const removeParticipantAction = verifiedAction.schema(removeParticipantSchema).revalidates("layout").action(({ input, ctx }) => removeParticipant(ctx.user, input));
