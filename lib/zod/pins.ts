import { z } from "zod";
import { id } from "@/lib/zod/fields";

/** Pin (`pinned: true`) or unpin a message; both are idempotent. */
export const setPinSchema = z.object({ messageId: id, pinned: z.boolean({ error: "Say whether to pin or unpin it" }) });
export type SetPinInput = z.infer<typeof setPinSchema>;

/** A conversation's pinned messages. */
export const listPinsSchema = z.object({ conversationId: id });
