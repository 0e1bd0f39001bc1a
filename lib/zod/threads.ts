import { z } from "zod";
import { THREAD_MAX_PARTICIPANTS } from "@/lib/messages/limits";
import { asArray, flag, id } from "@/lib/zod/fields";
import { hasBidiControl, hasVisibleCharacter } from "@/lib/zod/visible-text";

const others = z
  .array(id, { error: "Choose who to message" })
  .min(1, "Choose at least one person")
  .max(THREAD_MAX_PARTICIPANTS - 1, `A thread holds at most ${THREAD_MAX_PARTICIPANTS} people, you included`);

const title = z
  .string()
  .trim()
  .max(80, "Use at most 80 characters")
  .refine((value) => !hasBidiControl(value), "Remove the invisible text-direction characters")
  .transform((value) => (hasVisibleCharacter(value) ? value : ""))
  .optional();

/** What people added to a group later read: everything, or only from when they joined. */
export const threadHistory = z.enum(["ALL", "SINCE_JOIN"], { error: "Choose what people added later can read" });

/**
 * Start a thread: one other person (the 1:1 thread is reused) or a group, whose history for
 * people added later and whether everyone may manage it are chosen now.
 */
export const startThreadSchema = z.object({
  userIds: z.preprocess(asArray, others),
  title,
  history: threadHistory.default("ALL"),
  anyoneManages: flag.default(false),
});
export type StartThreadInput = z.infer<typeof startThreadSchema>;

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
export type AdminThreadInput = z.infer<typeof adminThreadSchema>;

const threadId = id;

/** Rename a group (an empty title names it after its people again). */
export const renameThreadSchema = z.object({ threadId, title: title.unwrap().default("") });
export type RenameThreadInput = z.infer<typeof renameThreadSchema>;

/** Add people to a group. */
export const addParticipantsSchema = z.object({
  threadId,
  userIds: z.preprocess(asArray, z.array(id, { error: "Choose who to add" }).min(1, "Choose at least one person").max(THREAD_MAX_PARTICIPANTS - 1, `A thread holds at most ${THREAD_MAX_PARTICIPANTS} people`)),
});
export type AddParticipantsInput = z.infer<typeof addParticipantsSchema>;

/** Remove someone from a group. */
export const removeParticipantSchema = z.object({ threadId, userId: id });
export type RemoveParticipantInput = z.infer<typeof removeParticipantSchema>;

/** Leave a group. */
export const leaveThreadSchema = z.object({ threadId });
export type LeaveThreadInput = z.infer<typeof leaveThreadSchema>;

/** Whether everyone in a group may rename it and add or remove people (its creator decides). */
export const threadSettingsSchema = z.object({ threadId, anyoneManages: flag });
export type ThreadSettingsInput = z.infer<typeof threadSettingsSchema>;

export const userSearchSchema = z.object({ q: z.string().trim().max(80).default("") });
