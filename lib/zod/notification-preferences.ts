import { z } from "zod";
import { isValidTimeZone, parseClock } from "@/lib/notifications/quiet-hours";

const clock = z
  .string({ error: "Give a time as HH:MM" })
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, "Give a time as HH:MM (24-hour)")
  .transform(parseClock);

export const DIGEST_DELAYS = [15, 30, 60, 120, 240] as const;

export const notificationPreferencesSchema = z.object({
  timeZone: z
    .string({ error: "Choose your time zone" })
    .max(64, "Choose your time zone")
    .refine(isValidTimeZone, "That isn't a time zone we know (use a name like Europe/Paris)")
    .describe("IANA time zone the quiet hours are in, e.g. Europe/Paris."),
  quietHours: z
    .object({ start: clock, end: clock })
    .nullable()
    .describe("Daily quiet hours (HH:MM, 24-hour, in timeZone; an end before the start spans midnight): nothing is pushed or emailed then. null: none."),
  digestDelayMinutes: z
    .union([z.literal(DIGEST_DELAYS, { error: `Choose one of ${DIGEST_DELAYS.join(", ")} minutes, or null` }), z.null()])
    .describe("Email mentions and direct messages still unread this many minutes after they were sent (at most one email an hour); null: no email."),
});
export type NotificationPreferencesInput = z.output<typeof notificationPreferencesSchema>;
