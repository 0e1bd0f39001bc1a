// Quiet hours: a daily span in the person's own time zone when nothing is pushed or emailed.
// Pure: shared by the server (deciding) and the settings form (showing).

export type QuietHours = { timeZone: string; quietStart: number | null; quietEnd: number | null };

export function isValidTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** Minutes after midnight at `at` on the wall clock of `timeZone`. */
export function minutesInZone(at: Date, timeZone: string): number {
  const parts = new Intl.DateTimeFormat("en-US", { timeZone, hour: "numeric", minute: "numeric", hourCycle: "h23" }).formatToParts(at);
  const value = (type: string) => Number(parts.find((part) => part.type === type)?.value ?? 0);
  return value("hour") * 60 + value("minute");
}

/** Whether `at` falls in the quiet hours (start included, end not; an end before the start spans midnight). */
export function isQuietAt({ timeZone, quietStart, quietEnd }: QuietHours, at: Date): boolean {
  if (quietStart === null || quietEnd === null || quietStart === quietEnd) return false;
  const now = minutesInZone(at, timeZone);
  return quietStart < quietEnd ? now >= quietStart && now < quietEnd : now >= quietStart || now < quietEnd;
}

/** "22:30" ⇄ 1350. */
export const formatClock = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
export const parseClock = (clock: string) => Number(clock.slice(0, 2)) * 60 + Number(clock.slice(3, 5));
