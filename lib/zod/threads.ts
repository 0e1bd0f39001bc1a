import { z } from "zod";
import { THREAD_MAX_PARTICIPANTS } from "@/lib/messages/limits";
import { id } from "@/lib/zod/fields";

const others = z
  .array(id, { error: "Choose who to message" })
  .min(1, "Choose at least one person")
  .max(THREAD_MAX_PARTICIPANTS - 1, `A thread holds at most ${THREAD_MAX_PARTICIPANTS} people, you included`);

const title = z.string().trim().max(80, "Use at most 80 characters").optional();

/** Start a thread: one other person (the 1:1 thread is reused) or a group. */
export const startThreadSchema = z.object({ userIds: z.preprocess(asArray, others), title });
export type StartThreadInput = z.input<typeof startThreadSchema>;

/** An admin opens a thread between other users (2–10 of them). */
export const adminThreadSchema = z.object({
  userIds: z.preprocess(
    asArray,
    z
      .array(id)
      .min(2, "Choose at least two people")
      .max(THREAD_MAX_PARTICIPANTS, `A thread holds at most ${THREAD_MAX_PARTICIPANTS} people`),
  ),
  title,
});
export type AdminThreadInput = z.input<typeof adminThreadSchema>;

export const userSearchSchema = z.object({ q: z.string().trim().max(80).default("") });

/** FormData sends one value as a string and several as an array. */
function asArray(value: unknown) {
  return typeof value === "string" ? [value] : value;
}
