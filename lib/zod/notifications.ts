import { z } from "zod";
import { id } from "@/lib/zod/fields";

/** How much a conversation notifies: every message, mentions only, or nothing. */
export const notifyLevels = ["ALL", "MENTIONS", "NOTHING"] as const;
export type NotifyLevel = (typeof notifyLevels)[number];

/** "Until I turn it back on": a mute far in the future. */
export const MUTED_FOREVER = "9999-12-31T00:00:00.000Z";

const LEVELS = "ALL: a dot for every message; MENTIONS: only mentions of you and replies to you; NOTHING: no badge, no push, no email.";

const level = z.enum(notifyLevels, { error: "Choose all messages, mentions only or nothing" });

const mutedUntil = z.iso
  .datetime({ offset: true, error: "Give a date and time, or null" })
  .nullable()
  .describe(`Muted (no dot, no push or email; mentions still count on the badge unless the level is NOTHING) until then; null: not muted. ${MUTED_FOREVER} mutes until unmuted.`);

export const notificationSettingBody = z.object({
  level: level.nullable().describe(`${LEVELS} null: use your setting for the channel's server (a thread: ALL).`),
  mutedUntil,
});

export const setNotificationSettingSchema = notificationSettingBody.extend({ conversationId: id });
export type SetNotificationSettingInput = z.output<typeof setNotificationSettingSchema>;

export const serverNotificationSettingBody = z.object({
  level: level.describe(`For every channel of the server without a level of its own. ${LEVELS}`),
  mutedUntil: mutedUntil.describe(`Every channel of the server is muted (whatever its own level) until then; null: not muted. ${MUTED_FOREVER} mutes until unmuted.`),
});

export const setServerNotificationSettingSchema = serverNotificationSettingBody.extend({ serverId: id });
export type SetServerNotificationSettingInput = z.output<typeof setServerNotificationSettingSchema>;
