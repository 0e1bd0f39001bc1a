import "client-only";
import type { MessagesPage } from "@/lib/messages/page";
import type { Row } from "@/lib/messages/client/rows";

// The "New" divider: where the reader's unread messages began when they opened the conversation.
// It is fixed for the visit (reading moves the read mark, not the divider), like every peer's.

/**
 * The first message from someone else past the reader's read mark in the page the conversation
 * opened with, or null: nothing unread, or no read mark at all (a conversation never opened
 * here starts at the newest messages, with no divider).
 */
export function firstUnreadSeq(page: MessagesPage, viewerId: string): number | null {
  const readSeq = page.ownRead?.seq;
  if (readSeq === undefined) return null;
  return page.messages.find((m) => m.seq > readSeq && m.author?.id !== viewerId)?.seq ?? null;
}

/**
 * The rows with the divider before the message `seq` (after its day separator), that message
 * starting a new group so its author's name shows under the divider. Unchanged when `seq` is null
 * or not loaded.
 */
export function withNewDivider(rows: Row[], seq: number | null): Row[] {
  if (seq === null) return rows;
  const at = rows.findIndex((row) => row.kind === "message" && row.message.seq === seq);
  if (at < 0) return rows;
  const row = rows[at]!;
  return [...rows.slice(0, at), { kind: "new", key: "new-divider" }, row.kind === "message" ? { ...row, groupStart: true } : row, ...rows.slice(at + 1)];
}
