import { z } from "zod";
import { id } from "@/lib/zod/fields";

/** What counts for a conversation's unread badge: every message, mentions only, or nothing. */
export const notifyLevels = ["ALL", "MENTIONS", "NOTHING"] as const;
export type NotifyLevel = (typeof notifyLevels)[number];

/** "Until I turn it back on": a mute far in the future. */
export const MUTED_FOREVER = "9999-12-31T00:00:00.000Z";

export const notificationSettingBody = z.object({
  level: z.enum(notifyLevels, { error: "Choose all messages, mentions only or nothing" }).describe("ALL: every message counts; MENTIONS: only mentions of you; NOTHING: no badge at all."),
  mutedUntil: z.iso
    .datetime({ offset: true, error: "Give a date and time, or null" })
    .nullable()
    .describe(`Muted (no dot, mentions still count unless the level is NOTHING) until then; null: not muted. ${MUTED_FOREVER} mutes until unmuted.`),
});

export const setNotificationSettingSchema = notificationSettingBody.extend({ conversationId: id });
export type SetNotificationSettingInput = z.output<typeof setNotificationSettingSchema>;
