import type { ConversationSummary, MessagesPage } from "@/lib/messages/page";
import type { MessagePayload } from "@/lib/realtime/catalogue";

// The client's copy of one conversation, as pure functions (each returns a new Timeline). Shared
// by the browser (through ConversationSync) and the fault tests, so what the tests prove is what
// users run. The rules that make "nothing lost, nothing twice" hold:
//   - messages are kept sorted by seq and unique by seq, whatever order they arrive in;
//   - `syncedTo` is the seq up to which the client knows everything; a message event that skips
//     past syncedTo + 1 is a gap, and the caller fetches `after=syncedTo` to fill it;
//   - a deleted message stays deleted, and a message hidden for me never comes back, even when
//     an older copy of it arrives late;
//   - an optimistic (pending) send is replaced by its stored message, matched by clientId.

export type PendingMessage = {
  clientId: string;
  body: string;
  createdAt: string;
  status: "sending" | "failed";
  error?: string;
};

export type Marks = { deliveredSeq: number; readSeq: number };

export type Timeline = {
  conversationId: string;
  viewerId: string;
  /** Sorted by seq, unique by seq. */
  messages: MessagePayload[];
  /** In the order they were sent. */
  pending: PendingMessage[];
  /** Every message with seq <= syncedTo has been received (or is older than what is loaded). */
  syncedTo: number;
  loaded: boolean;
  hasOlder: boolean;
  /** Ids the viewer deleted for themself: dropped whenever they show up again. */
  hidden: ReadonlySet<string>;
  /** Where the next catch-up asks for "changes since" (the server's clock). */
  changedSince: string | null;
  /** Other people's delivered / read marks, by user id. */
  receipts: Readonly<Record<string, Marks>>;
  /** Names of readers the server told us about (receipt events carry only ids). */
  readerNames: Readonly<Record<string, string>>;
  /** Who is in the conversation, from the newest page. */
  summary: ConversationSummary | null;
};

export function createTimeline(conversationId: string, viewerId: string): Timeline {
  return {
    conversationId,
    viewerId,
    messages: [],
    pending: [],
    syncedTo: 0,
    loaded: false,
    hasOlder: false,
    hidden: new Set(),
    changedSince: null,
    receipts: {},
    readerNames: {},
    summary: null,
  };
}

/** The first page (newest messages). Events that arrived before it are kept. */
export function applyNewestPage(timeline: Timeline, page: MessagesPage): Timeline {
  const merged = merge(timeline, page.messages);
  return withReceipts(
    {
      ...merged,
      loaded: true,
      hasOlder: page.hasOlder ?? false,
      syncedTo: advance(merged.messages, Math.max(merged.syncedTo, page.syncedTo ?? 0)),
      changedSince: page.serverTime,
      summary: page.conversation ?? merged.summary,
    },
    page,
  );
}

/** A page of older history (scrolling up). */
export function applyOlderPage(timeline: Timeline, page: MessagesPage): Timeline {
  return { ...merge(timeline, page.messages), hasOlder: page.hasOlder ?? false };
}

/**
 * A catch-up page, asked for with `after` (and the timeline's changedSince). Returns the new
 * timeline and what to do next: fetch again (`more`), or start over (`reload`: too many changes
 * happened to list them, which only a long absence causes).
 */
export function applyNewerPage(timeline: Timeline, page: MessagesPage, after: number): { timeline: Timeline; more: boolean; reload: boolean } {
  let next = merge(timeline, page.messages);
  // The page covers (after, syncedTo]; it extends what we know only if it starts inside it.
  if (after <= next.syncedTo && page.syncedTo !== undefined) next = { ...next, syncedTo: Math.max(next.syncedTo, page.syncedTo) };
  next = { ...next, syncedTo: advance(next.messages, next.syncedTo) };
  if (page.changes) {
    for (const deleted of page.changes.deleted) next = applyDeleted(next, deleted.id);
    for (const id of page.changes.hidden) next = applyHidden(next, id);
    if (!page.changes.truncated) next = { ...next, changedSince: page.serverTime };
  }
  return { timeline: withReceipts(next, page), more: page.hasNewer ?? false, reload: page.changes?.truncated ?? false };
}

/**
 * A message from a realtime event or from the answer to our own send. `gap` says that messages
 * between syncedTo and this one are missing: fetch them.
 */
export function applyMessage(timeline: Timeline, message: MessagePayload): { timeline: Timeline; gap: boolean } {
  if (message.conversationId !== timeline.conversationId) return { timeline, gap: false };
  const merged = merge(timeline, [message]);
  const syncedTo = advance(merged.messages, merged.syncedTo);
  return { timeline: { ...merged, syncedTo }, gap: message.seq > syncedTo };
}

/** Deleted for everyone: the body is gone, a placeholder stays. */
export function applyDeleted(timeline: Timeline, id: string): Timeline {
  const index = timeline.messages.findIndex((m) => m.id === id);
  const current = timeline.messages[index];
  if (!current || current.deletedAt) return timeline;
  const messages = timeline.messages.slice();
  messages[index] = { ...current, body: "", deletedAt: new Date().toISOString() };
  return { ...timeline, messages };
}

/** Deleted for me. */
export function applyHidden(timeline: Timeline, id: string): Timeline {
  const hidden = new Set(timeline.hidden).add(id);
  return { ...timeline, hidden, messages: timeline.messages.filter((m) => m.id !== id) };
}

/** Marks only move forward: an old event arriving late changes nothing. */
export function applyReceipts(timeline: Timeline, receipts: ({ userId: string } & Marks)[]): Timeline {
  let changed = false;
  const next = { ...timeline.receipts };
  for (const { userId, deliveredSeq, readSeq } of receipts) {
    if (userId === timeline.viewerId) continue;
    const current = next[userId] ?? { deliveredSeq: 0, readSeq: 0 };
    const merged = { deliveredSeq: Math.max(current.deliveredSeq, deliveredSeq, readSeq), readSeq: Math.max(current.readSeq, readSeq) };
    if (merged.deliveredSeq !== current.deliveredSeq || merged.readSeq !== current.readSeq) {
      next[userId] = merged;
      changed = true;
    }
  }
  return changed ? { ...timeline, receipts: next } : timeline;
}

export function addPending(timeline: Timeline, pending: Omit<PendingMessage, "status">): Timeline {
  return { ...timeline, pending: [...timeline.pending, { ...pending, status: "sending" }] };
}

export function setPendingStatus(timeline: Timeline, clientId: string, status: PendingMessage["status"], error?: string): Timeline {
  return { ...timeline, pending: timeline.pending.map((p) => (p.clientId === clientId ? { ...p, status, error } : p)) };
}

export function removePending(timeline: Timeline, clientId: string): Timeline {
  return { ...timeline, pending: timeline.pending.filter((p) => p.clientId !== clientId) };
}

/** The highest seq of a message by someone else: what "delivered" and "read" are measured against. */
export function lastSeqFromOthers(timeline: Timeline): number {
  for (let i = timeline.messages.length - 1; i >= 0; i--) {
    const message = timeline.messages[i]!;
    if (message.author?.id !== timeline.viewerId) return message.seq;
  }
  return 0;
}

function merge(timeline: Timeline, incoming: MessagePayload[]): Timeline {
  const fresh = incoming.filter((m) => m.conversationId === timeline.conversationId && !timeline.hidden.has(m.id));
  if (fresh.length === 0) return timeline;
  const bySeq = new Map(timeline.messages.map((m) => [m.seq, m]));
  for (const message of fresh) {
    const current = bySeq.get(message.seq);
    // Deletion is final: a stale copy (sent before the deletion, received after) must not undo it.
    bySeq.set(message.seq, current?.deletedAt && !message.deletedAt ? current : message);
  }
  const messages = [...bySeq.values()].sort((a, b) => a.seq - b.seq);
  const confirmed = new Set(fresh.filter((m) => m.author?.id === timeline.viewerId).map((m) => m.clientId));
  const pending = confirmed.size > 0 ? timeline.pending.filter((p) => !confirmed.has(p.clientId)) : timeline.pending;
  return { ...timeline, messages, pending };
}

/** Moves syncedTo over messages we already hold right after it (events that arrived early). */
function advance(messages: MessagePayload[], syncedTo: number): number {
  let index = lowerBound(messages, syncedTo + 1);
  let next = syncedTo;
  while (index < messages.length && messages[index]!.seq === next + 1) {
    next += 1;
    index += 1;
  }
  return next;
}

function lowerBound(messages: MessagePayload[], seq: number): number {
  let low = 0;
  let high = messages.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (messages[mid]!.seq < seq) low = mid + 1;
    else high = mid;
  }
  return low;
}

function withReceipts(timeline: Timeline, page: MessagesPage): Timeline {
  if (!page.receipts) return timeline;
  const readerNames = { ...timeline.readerNames };
  for (const r of page.receipts) readerNames[r.userId] = r.name;
  return { ...applyReceipts(timeline, page.receipts), readerNames };
}
