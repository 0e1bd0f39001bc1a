import { z } from "zod";
import { id } from "@/lib/zod/fields";
import { memberTargetSchema } from "@/lib/zod/members";

/** How long a time-out lasts; "lift" ends one early. */
export const TIME_OUT_DURATIONS = { "1h": 3_600, "1d": 86_400, "1w": 604_800 } as const;

export const timeOutMemberSchema = memberTargetSchema.extend({
  duration: z.enum(["1h", "1d", "1w", "lift"], { error: "Choose 1 hour, 1 day, 1 week, or lift the time-out" }),
});
export type TimeOutMemberInput = z.infer<typeof timeOutMemberSchema>;

/** The slow-mode intervals offered, in seconds (0: off). */
export const SLOW_MODE_CHOICES = [0, 5, 10, 30, 60, 300, 900, 3_600] as const;

export const setSlowModeSchema = z.object({
  channelId: id,
  seconds: z.coerce
    .number({ error: "Choose an interval" })
    .refine((value): value is (typeof SLOW_MODE_CHOICES)[number] => (SLOW_MODE_CHOICES as readonly number[]).includes(value), { error: "Choose one of the offered intervals" }),
});
export type SetSlowModeInput = z.infer<typeof setSlowModeSchema>;
