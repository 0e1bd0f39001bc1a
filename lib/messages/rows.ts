import { differenceInMinutes, format, isSameDay, isSameYear, subDays } from "date-fns";
import type { PendingMessage } from "@/lib/messages/timeline";
import type { MessagePayload } from "@/lib/realtime/catalogue";

// What the message list draws, in order: day separators, then messages grouped by author (a
// group: one author, on one day, with no pause longer than GROUP_GAP_MINUTES). Pending sends
// come last. Keys follow a message from "pending" to "sent" so its row is not re-created.

export const GROUP_GAP_MINUTES = 5;

export type Row =
  | { kind: "day"; key: string; label: string }
  | { kind: "message"; key: string; message: MessagePayload; own: boolean; groupStart: boolean }
  | { kind: "pending"; key: string; pending: PendingMessage; groupStart: boolean };

export function buildRows(messages: MessagePayload[], pending: PendingMessage[], viewerId: string, now = new Date()): Row[] {
  const rows: Row[] = [];
  let previous: { authorId: string | null; at: Date } | null = null;

  const place = (authorId: string | null, at: Date): boolean => {
    if (!previous || !isSameDay(previous.at, at)) rows.push({ kind: "day", key: `day-${format(at, "yyyy-MM-dd")}`, label: dayLabel(at, now) });
    const continues = previous !== null && authorId !== null && previous.authorId === authorId && isSameDay(previous.at, at) && differenceInMinutes(at, previous.at) < GROUP_GAP_MINUTES;
    previous = { authorId, at };
    return !continues;
  };

  for (const message of messages) {
    const authorId = message.author?.id ?? null;
    const groupStart = place(authorId, new Date(message.createdAt));
    rows.push({ kind: "message", key: `c-${authorId ?? message.id}-${message.clientId}`, message, own: authorId === viewerId, groupStart });
  }
  for (const p of pending) {
    const groupStart = place(viewerId, new Date(p.createdAt));
    rows.push({ kind: "pending", key: `c-${viewerId}-${p.clientId}`, pending: p, groupStart });
  }
  return rows;
}

export function dayLabel(date: Date, now = new Date()): string {
  if (isSameDay(date, now)) return "Today";
  if (isSameDay(date, subDays(now, 1))) return "Yesterday";
  return format(date, isSameYear(date, now) ? "EEEE, d MMMM" : "EEEE, d MMMM yyyy");
}

/** "just now", "4 min ago", then the time of day ("14:05"); older days have their separator. */
export function shortTime(date: Date, now = new Date()): string {
  const minutes = differenceInMinutes(now, date);
  if (minutes < 1) return "just now";
  if (minutes < 60) return `${minutes} min ago`;
  return format(date, "HH:mm");
}

/** The full date and time, for a tooltip. */
export function fullTime(date: Date): string {
  return format(date, "EEEE d MMMM yyyy 'at' HH:mm");
}
