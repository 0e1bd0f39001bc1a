import "client-only";
import { differenceInMinutes } from "date-fns";
import type { Clock } from "@/lib/time/clock";
import { dayKey, dayLabel } from "@/lib/time/format";
import type { PendingMessage } from "@/lib/messages/client/timeline";
import type { MessagePayload } from "@/lib/realtime/catalogue";

// What the message list draws, in order: day separators, then messages grouped by author (a
// group: one author, on one day, with no pause longer than GROUP_GAP_MINUTES). Pending sends
// come last. Keys follow a message from "pending" to "sent" so its row is not re-created.

export const GROUP_GAP_MINUTES = 5;

export type Row =
  | { kind: "day"; key: string; label: string }
  // The "New" divider above the first message the reader had not read when they opened the conversation.
  | { kind: "new"; key: string }
  | { kind: "message"; key: string; message: MessagePayload; own: boolean; groupStart: boolean }
  | { kind: "pending"; key: string; pending: PendingMessage; groupStart: boolean };

export function buildRows(messages: MessagePayload[], pending: PendingMessage[], viewerId: string, now = new Date(), clock: Clock = {}): Row[] {
  const rows: Row[] = [];
  let previous: { authorId: string | null; at: Date; day: string } | null = null;

  const place = (authorId: string | null, at: Date): boolean => {
    const day = dayKey(at, clock);
    if (previous?.day !== day) rows.push({ kind: "day", key: `day-${day}`, label: dayLabel(at, now, clock) });
    const continues = previous !== null && authorId !== null && previous.authorId === authorId && previous.day === day && differenceInMinutes(at, previous.at) < GROUP_GAP_MINUTES;
    previous = { authorId, at, day };
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
