import { differenceInMinutes, differenceInSeconds, isSameDay, isSameYear, subDays } from "date-fns";

// How times read in the chat, in the reader's own language and clock (Intl, so no locale data is
// shipped). date-fns does the date arithmetic. `locale` is for tests; browsers pass nothing.

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(locale: string | undefined, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let cached = formatters.get(key);
  if (!cached) formatters.set(key, (cached = new Intl.DateTimeFormat(locale, options)));
  return cached;
}

/** "14:05" (or "2:05 PM", as the reader's locale has it). */
export function clockTime(date: Date, locale?: string): string {
  return formatter(locale, { hour: "numeric", minute: "2-digit" }).format(date);
}

/** The full date and time, for a tooltip. */
export function fullTime(date: Date, locale?: string): string {
  return formatter(locale, { dateStyle: "full", timeStyle: "short" }).format(date);
}

/** A day separator: "Today", "Yesterday", "Tuesday 3 March", "Wednesday 31 December 2025". */
export function dayLabel(date: Date, now = new Date(), locale?: string): string {
  if (isSameDay(date, now)) return "Today";
  if (isSameDay(date, subDays(now, 1))) return "Yesterday";
  const options: Intl.DateTimeFormatOptions = { weekday: "long", day: "numeric", month: "long" };
  return formatter(locale, isSameYear(date, now) ? options : { ...options, year: "numeric" }).format(date);
}

/** A message's time: "just now", "4 min ago", then the clock time (older days have their separator). */
export function shortTime(date: Date, now = new Date(), locale?: string): string {
  const minutes = differenceInMinutes(now, date);
  if (minutes < 1) return "just now";
  if (minutes < 60) return `${minutes} min ago`;
  return clockTime(date, locale);
}

/** A list's date column: the time today, else "3 Mar", else "3 Mar 2025". */
export function listDate(date: Date, now = new Date(), locale?: string): string {
  if (isSameDay(date, now)) return clockTime(date, locale);
  const options: Intl.DateTimeFormatOptions = { day: "numeric", month: "short" };
  return formatter(locale, isSameYear(date, now) ? options : { ...options, year: "numeric" }).format(date);
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
