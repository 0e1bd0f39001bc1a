import "client-only";
import type { ConversationSummary, MessagesPage } from "@/lib/messages/page";
import { firstLink } from "@/lib/links/first-link";
import { replyExcerpt } from "@/lib/messages/reply";
import type { AttachmentPayload, EventPayload, LinkPreviewPayload, MessagePayload, ReactionSummary, ReplyQuote } from "@/lib/realtime/catalogue";

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
  /** Uploaded and checked files it carries (lib/files). */
  attachments?: AttachmentPayload[];
  createdAt: string;
  status: "sending" | "failed";
  error?: string;
  /** Sent as a reply to this message. */
  replyTo?: ReplyQuote;
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
  /**
   * Opened around an older message (a jump): the conversation goes on past syncedTo. Until the
   * reader scrolls down to the newest (catch-ups load one page at a time), events for later
   * messages are not gaps to fill but messages to fetch when their turn comes.
   */
  hasNewer: boolean;
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
  /** How far the viewer had read when the page was read, and when that mark last moved. */
  ownRead: { seq: number; at: string } | null;
  /** Messages edited or deleted while open here, after the viewer had read them. */
  changedAfterRead: ReadonlySet<string>;
  /** Moves whenever the conversation's pins change (live or found by a catch-up): the Pinned panel reads them again. */
  pinsVersion: number;
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
    hasNewer: false,
    hidden: new Set(),
    changedSince: null,
    receipts: {},
    readerNames: {},
    summary: null,
    ownRead: null,
    changedAfterRead: new Set(),
    pinsVersion: 0,
  };
}

/** The first page (newest messages, or those around a jump). Events that arrived before it are kept. */
export function applyNewestPage(timeline: Timeline, page: MessagesPage): Timeline {
  const merged = merge(timeline, page.messages);
  return withReceipts(
    {
      ...merged,
      loaded: true,
      hasOlder: page.hasOlder ?? false,
      hasNewer: page.hasNewer ?? false,
      syncedTo: advance(merged.messages, Math.max(merged.syncedTo, page.syncedTo ?? 0)),
      changedSince: page.serverTime,
      summary: page.conversation ?? merged.summary,
      ownRead: page.ownRead === undefined ? merged.ownRead : page.ownRead,
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
export function applyNewerPage(timeline: Timeline, page: MessagesPage, after: number, readSeq = 0): { timeline: Timeline; more: boolean; reload: boolean } {
  let next = merge(timeline, page.messages);
  // The page covers (after, syncedTo]; it extends what we know only if it starts inside it.
  if (after <= next.syncedTo && page.syncedTo !== undefined) next = { ...next, syncedTo: Math.max(next.syncedTo, page.syncedTo) };
  next = { ...next, syncedTo: advance(next.messages, next.syncedTo), hasNewer: next.hasNewer && (page.hasNewer ?? false) };
  if (page.changes) {
    for (const edited of page.changes.edited ?? []) next = applyEdited(next, edited, readSeq);
    for (const { messageId, reactions } of page.changes.reactions ?? []) next = setReactions(next, messageId, reactions);
    for (const { messageId, pinned } of page.changes.pins ?? []) next = setPinned(next, messageId, pinned);
    if (page.changes.pinsChanged) next = { ...next, pinsVersion: next.pinsVersion + 1 };
    for (const { messageId, linkPreview } of page.changes.linkPreviews ?? []) next = setLinkPreview(next, messageId, linkPreview);
    for (const deleted of page.changes.deleted) next = applyDeleted(next, deleted.id, readSeq);
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
  if (timeline.hasNewer && message.seq > timeline.syncedTo + 1) return { timeline, gap: false };
  const merged = merge(timeline, [message]);
  const syncedTo = advance(merged.messages, merged.syncedTo);
  return { timeline: { ...merged, syncedTo }, gap: message.seq > syncedTo };
}

/** Deleted for everyone: the body is gone, a placeholder stays. `readSeq`: how far the viewer has read. */
export function applyDeleted(timeline: Timeline, id: string, readSeq = 0): Timeline {
  const index = timeline.messages.findIndex((m) => m.id === id);
  const current = timeline.messages[index];
  if (current?.deletedAt) return timeline;
  // Replies quote it as deleted, whether the original itself is loaded or not.
  const messages = requote(timeline.messages, id, { excerpt: "", deleted: true });
  if (!current) return messages === timeline.messages ? timeline : { ...timeline, messages };
  const next = messages === timeline.messages ? messages.slice() : messages;
  const erased: MessagePayload = { ...current, body: "", deletedAt: new Date().toISOString(), reactions: [] };
  delete erased.attachments; // deleted with the message, and unpinned
  delete erased.pinned;
  next[index] = erased;
  return markChangedAfterRead({ ...timeline, messages: next }, current, readSeq);
}

/** A newer version of a message (edited): replaces the one held, unless that one is newer or deleted. */
export function applyEdited(timeline: Timeline, message: MessagePayload, readSeq = 0): Timeline {
  const index = timeline.messages.findIndex((m) => m.id === message.id);
  const current = timeline.messages[index];
  if (current?.deletedAt || !message.editedAt || message.deletedAt) return timeline;
  if (current?.editedAt && current.editedAt >= message.editedAt) return timeline;
  const messages = requote(timeline.messages, message.id, { excerpt: replyExcerpt(message.body) });
  if (!current) return messages === timeline.messages ? timeline : { ...timeline, messages };
  const next = messages === timeline.messages ? messages.slice() : messages;
  next[index] = { ...current, body: message.body, editedAt: message.editedAt, mentions: message.mentions, broadcast: message.broadcast, linkPreview: editedPreview(current, message) };
  return markChangedAfterRead({ ...timeline, messages: next }, current, readSeq);
}

/**
 * The card an edited message shows: the event's, else the one it had if that is still its first
 * link's (the card's own event may come before the edit's: it must not be wiped).
 */
function editedPreview(current: MessagePayload, edited: MessagePayload) {
  if (edited.linkPreview) return edited.linkPreview;
  return current.linkPreview && firstLink(edited.body) === current.linkPreview.url ? current.linkPreview : undefined;
}

/** `messages` with the replies to `id` quoting it anew (edited or deleted): a copy, or the same array when none quotes it. */
function requote(messages: MessagePayload[], id: string, change: Partial<ReplyQuote>): MessagePayload[] {
  if (!messages.some((m) => m.replyTo?.id === id)) return messages;
  return messages.map((m) => (m.replyTo?.id === id ? { ...m, replyTo: { ...m.replyTo, ...change } } : m));
}

function markChangedAfterRead(timeline: Timeline, message: MessagePayload, readSeq: number): Timeline {
  if (message.seq > readSeq || message.author?.id === timeline.viewerId) return timeline;
  return { ...timeline, changedAfterRead: new Set(timeline.changedAfterRead).add(message.id) };
}

/** "Edited after you read it": changed while open here after being read, or since the read mark last moved. */
export function changedAfterRead(timeline: Timeline, message: MessagePayload): boolean {
  if (timeline.changedAfterRead.has(message.id)) return true;
  const read = timeline.ownRead;
  const changedAt = message.deletedAt ?? message.editedAt;
  if (!read || !changedAt || message.seq > read.seq || message.author?.id === timeline.viewerId) return false;
  return Date.parse(changedAt) > Date.parse(read.at);
}

/**
 * Someone's reaction added or taken back (a realtime event, or the answer to the viewer's own):
 * the emoji's count becomes the event's, and "mine" follows when it was the viewer's.
 */
export function applyReaction(timeline: Timeline, change: Omit<EventPayload<"conversation", "reaction.changed">, "conversationId" | "seq">): Timeline {
  const current = timeline.messages.find((m) => m.id === change.messageId);
  if (!current || current.deletedAt) return timeline;
  const list = current.reactions ?? [];
  const mine = change.userId === timeline.viewerId;
  const existing = list.find((r) => r.emoji === change.emoji);
  let reactions: ReactionSummary[];
  if (change.count <= 0) reactions = list.filter((r) => r.emoji !== change.emoji);
  else if (!existing) reactions = [...list, { emoji: change.emoji, count: change.count, me: mine && change.reacted }];
  else reactions = list.map((r) => (r.emoji === change.emoji ? { ...r, count: change.count, me: mine ? change.reacted : r.me } : r));
  return setReactions(timeline, change.messageId, reactions);
}

/** A message's reactions, whole (from a catch-up). */
export function setReactions(timeline: Timeline, messageId: string, reactions: ReactionSummary[]): Timeline {
  const index = timeline.messages.findIndex((m) => m.id === messageId);
  const current = timeline.messages[index];
  if (!current || current.deletedAt) return timeline;
  const messages = timeline.messages.slice();
  messages[index] = { ...current, reactions };
  return { ...timeline, messages };
}

/** A message pinned or unpinned (a realtime event, or the answer to the viewer's own): the Pinned panel follows. */
export function applyPin(timeline: Timeline, change: { messageId: string; pinned: boolean }): Timeline {
  const next = setPinned(timeline, change.messageId, change.pinned);
  return { ...next, pinsVersion: next.pinsVersion + 1 };
}

function setPinned(timeline: Timeline, messageId: string, pinned: boolean): Timeline {
  const index = timeline.messages.findIndex((m) => m.id === messageId);
  const current = timeline.messages[index];
  if (!current || (current.pinned ?? false) === pinned || (pinned && current.deletedAt)) return timeline;
  const messages = timeline.messages.slice();
  const changed: MessagePayload = { ...current, pinned: true };
  if (!pinned) delete changed.pinned;
  messages[index] = changed;
  return { ...timeline, messages };
}

/** A message's link preview arrived or went (null). */
export function setLinkPreview(timeline: Timeline, messageId: string, linkPreview: LinkPreviewPayload | null): Timeline {
  const index = timeline.messages.findIndex((m) => m.id === messageId);
  const current = timeline.messages[index];
  if (!current || current.deletedAt || current.linkPreview?.url === linkPreview?.url) return timeline;
  const messages = timeline.messages.slice();
  messages[index] = { ...current, linkPreview: linkPreview ?? undefined };
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
    // Events carry no reactions: a copy without them keeps those already held.
    if (current?.deletedAt && !message.deletedAt) continue;
    bySeq.set(message.seq, message.reactions === undefined && current?.reactions && current.id === message.id ? { ...message, reactions: current.reactions } : message);
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
