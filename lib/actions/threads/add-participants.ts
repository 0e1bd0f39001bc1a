"use server";

import { verifiedAction } from "@/lib/safe-action";
import { addParticipants } from "@/lib/threads/add-participants";
import { addParticipantsSchema } from "@/lib/zod/threads";

/** Add people to a group thread. */
export const addParticipantsAction = verifiedAction.schema(addParticipantsSchema).revalidates("layout").action(({ input, ctx }) => addParticipants(ctx.user, input));
