import { differenceInMinutes, differenceInSeconds } from "date-fns";
import type { Clock } from "@/lib/time/clock";

// How times read in the chat, in the reader's own language and clock (Intl, so no locale data is
// shipped). date-fns does the date arithmetic. `clock` is for pages rendered on the server (the
// reader's locale and time zone) and tests; browsers pass nothing: their own.

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(locale: string | undefined, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let cached = formatters.get(key);
  if (!cached) formatters.set(key, (cached = new Intl.DateTimeFormat(locale, options)));
  return cached;
}

/** "14:05" (or "2:05 PM", as the reader's locale has it). */
export function clockTime(date: Date, clock: Clock = {}): string {
  return formatter(clock.locale, { hour: "numeric", minute: "2-digit", timeZone: clock.timeZone }).format(date);
}

/** The full date and time, for a tooltip. */
export function fullTime(date: Date, clock: Clock = {}): string {
  return formatter(clock.locale, { dateStyle: "full", timeStyle: "short", timeZone: clock.timeZone }).format(date);
}

/** The calendar day of `date` in the clock's time zone, as "2026-03-20" (compares as text). */
export function dayKey(date: Date, clock: Clock = {}): string {
  const parts = formatter("en-US", { year: "numeric", month: "2-digit", day: "2-digit", timeZone: clock.timeZone }).formatToParts(date);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)!.value;
  return `${part("year")}-${part("month")}-${part("day")}`;
}

function dayBefore(key: string): string {
  const [year, month, day] = key.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day - 1)).toISOString().slice(0, 10);
}

/** `date` in `options`, with its year when that isn't this year (`day`, `today`: dayKeys). */
function dateWithYearIfOther(date: Date, day: string, today: string, clock: Clock, options: Intl.DateTimeFormatOptions): string {
  const sameYear = day.slice(0, 4) === today.slice(0, 4);
  return formatter(clock.locale, { ...options, ...(sameYear ? {} : { year: "numeric" }), timeZone: clock.timeZone }).format(date);
}

/** A day separator: "Today", "Yesterday", "Tuesday 3 March", "Wednesday 31 December 2025". */
export function dayLabel(date: Date, now = new Date(), clock: Clock = {}): string {
  const [day, today] = [dayKey(date, clock), dayKey(now, clock)];
  if (day === today) return "Today";
  if (day === dayBefore(today)) return "Yesterday";
  return dateWithYearIfOther(date, day, today, clock, { weekday: "long", day: "numeric", month: "long" });
}

/** A message's time: "just now", "4 min ago", then the clock time (older days have their separator). */
export function shortTime(date: Date, now = new Date(), clock: Clock = {}): string {
  const minutes = differenceInMinutes(now, date);
  if (minutes < 1) return "just now";
  if (minutes < 60) return `${minutes} min ago`;
  return clockTime(date, clock);
}

/** A list's date column: the time today, else "3 Mar", else "3 Mar 2025". */
export function listDate(date: Date, now = new Date(), clock: Clock = {}): string {
  const [day, today] = [dayKey(date, clock), dayKey(now, clock)];
  if (day === today) return clockTime(date, clock);
  return dateWithYearIfOther(date, day, today, clock, { day: "numeric", month: "short" });
}

/** "Online", "Last seen just now", "Last seen 5 minutes ago", or "Offline" when never seen. */
export function lastSeenLabel(online: boolean, lastSeenAt: number | null, now: number, locale?: string): string {
  if (online) return "Online";
  if (lastSeenAt === null || now === 0) return "Offline";
  const seconds = differenceInSeconds(now, lastSeenAt);
  if (seconds < 60) return "Last seen just now";
  const relative = new Intl.RelativeTimeFormat(locale, { numeric: "auto" });
  const [value, unit]: [number, Intl.RelativeTimeFormatUnit] =
    seconds < 3_600 ? [Math.floor(seconds / 60), "minute"] : seconds < 86_400 ? [Math.floor(seconds / 3_600), "hour"] : [Math.floor(seconds / 86_400), "day"];
  return `Last seen ${relative.format(-value, unit)}`;
}
