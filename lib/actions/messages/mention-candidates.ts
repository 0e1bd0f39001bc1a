"use server";

import { mentionCandidates } from "@/lib/messages/mention-candidates";
import { userAction } from "@/lib/safe-action";
import { mentionCandidatesSchema } from "@/lib/zod/messages";

/** People to @mention in a conversation (the composer's autocomplete). */
export const mentionCandidatesAction = userAction.schema(mentionCandidatesSchema).revalidates("none").action(({ input, ctx }) => mentionCandidates(ctx.user, input));
