import { addDays, addHours, set } from "date-fns";
import { MUTED_FOREVER, type NotifyLevel } from "@/lib/zod/notifications";

// The choices both notification settings offer: a conversation's bell and a server's dialog.

export const LEVEL_CHOICES: { level: NotifyLevel; label: string; hint: string }[] = [
  { level: "ALL", label: "All messages", hint: "A dot for anything new" },
  { level: "MENTIONS", label: "Mentions only", hint: "Only when someone mentions or answers you" },
  { level: "NOTHING", label: "Nothing", hint: "No dot, no count, no notifications" },
];

export const levelLabel = (level: NotifyLevel) => LEVEL_CHOICES.find((choice) => choice.level === level)!.label;

/** "Tomorrow": 8:00 the next morning, in the reader's own time zone. */
export const MUTE_CHOICES: { id: string; label: string; until: () => string }[] = [
  { id: "1h", label: "For 1 hour", until: () => addHours(new Date(), 1).toISOString() },
  { id: "8h", label: "For 8 hours", until: () => addHours(new Date(), 8).toISOString() },
  { id: "tomorrow", label: "Until tomorrow", until: () => set(addDays(new Date(), 1), { hours: 8, minutes: 0, seconds: 0, milliseconds: 0 }).toISOString() },
  { id: "forever", label: "Until I turn it back on", until: () => MUTED_FOREVER },
];

/** "until Tue 14:00", or "until you turn it back on" for a mute with no end. */
export function muteEnd(until: string): string {
  if (until === MUTED_FOREVER) return "until you turn it back on";
  return `until ${new Date(until).toLocaleString([], { weekday: "short", hour: "numeric", minute: "2-digit" })}`;
}

/** " (muted until Tue 14:00)", or "" for a mute with no end. */
export function mutedUntilLabel(until: string | null | undefined): string {
  return !until || until === MUTED_FOREVER ? "" : ` (muted ${muteEnd(until)})`;
}
