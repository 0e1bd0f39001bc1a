import { effectiveNotify, nextMuteEnd as nextEnd, type EffectiveNotify } from "@/lib/notifications/levels";
import type { UnreadConversation } from "@/lib/unread/summary";
import type { NotifyLevel } from "@/lib/zod/notifications";

// The browser's unread state: for each conversation it has heard of, the last seq and the user's
// read mark. Filled from the summary (unread conversations only), then moved by realtime events:
// a server's `channel.activity` and a thread's `conversation.activity` carry the new last seq,
// `read.updated` the user's read mark (from any tab), `mention.created` a mention of the user.
// A conversation it has not heard of is read.

export type UnreadEntry = Omit<UnreadConversation, "conversationId">;
export type UnreadState = Readonly<Record<string, UnreadEntry>>;

export type UnreadAction =
  | { type: "summary"; conversations: UnreadConversation[] }
  | { type: "activity"; conversationId: string; serverId: string | null; lastSeq: number; authorId: string | null | undefined; viewerId: string }
  | { type: "read"; conversationId: string; readSeq: number }
  | { type: "mention"; conversationId: string; seq: number; serverId?: string | null };

export function fromSummary(conversations: UnreadConversation[]): UnreadState {
  return Object.fromEntries(conversations.map(({ conversationId, ...entry }) => [conversationId, entry]));
}

export function unreadReducer(state: UnreadState, action: UnreadAction): UnreadState {
  switch (action.type) {
    case "summary":
      return fromSummary(action.conversations);
    case "activity": {
      const known = state[action.conversationId];
      if (known && known.lastSeq >= action.lastSeq) return state;
      // Unknown: it was read up to the message before this one.
      const entry = known ?? { serverId: action.serverId, threadId: null, lastSeq: action.lastSeq - 1, readSeq: action.lastSeq - 1, mentions: 0 };
      const own = action.authorId === action.viewerId; // the sender has read what they wrote
      return { ...state, [action.conversationId]: { ...entry, lastSeq: action.lastSeq, readSeq: own ? action.lastSeq : entry.readSeq } };
    }
    case "read": {
      const known = state[action.conversationId];
      if (!known) return state;
      if (known.readSeq === action.readSeq) return state;
      const mentions = action.readSeq >= known.lastSeq ? 0 : known.mentions;
      return { ...state, [action.conversationId]: { ...known, readSeq: action.readSeq, lastSeq: Math.max(known.lastSeq, action.readSeq), mentions } };
    }
    case "mention": {
      // It may arrive before the message's activity event (another channel): it makes the entry then.
      const known = state[action.conversationId] ?? (action.serverId === undefined ? undefined : { serverId: action.serverId, threadId: null, lastSeq: action.seq, readSeq: action.seq - 1, mentions: 0 });
      if (!known || action.seq <= known.readSeq) return state;
      return { ...state, [action.conversationId]: { ...known, lastSeq: Math.max(known.lastSeq, action.seq), mentions: known.mentions + 1 } };
    }
  }
}

export type UnreadBadge = { unread: boolean; count: number };

/** The user's notification settings, as the badges see them (absent: the server's, or the default). */
export type NotifySettings = {
  conversations: Readonly<Record<string, { level: NotifyLevel | null; mutedUntil: string | null }>>;
  servers: Readonly<Record<string, { level: NotifyLevel; mutedUntil: string | null }>>;
};
export const NO_SETTINGS: NotifySettings = { conversations: {}, servers: {} };

const none: UnreadBadge = { unread: false, count: 0 };

/** What applies to a conversation (lib/notifications/levels.ts): its own setting, its server's, the default. */
export function conversationNotify(settings: NotifySettings, conversationId: string, serverId: string | null, now: number): EffectiveNotify {
  return effectiveNotify(settings.conversations[conversationId], serverId ? settings.servers[serverId] : undefined, now);
}

/**
 * One entry's badge under what applies to it: all messages (a dot; the count of mentions, or of
 * every unread message in a direct thread); mentions only or muted (only mentions show, as a
 * count); nothing (no badge at all).
 */
function entryBadge(conversationId: string, entry: UnreadEntry | undefined, settings: NotifySettings, now: number): UnreadBadge {
  if (!entry || entry.lastSeq <= entry.readSeq) return none;
  const { level, muted } = conversationNotify(settings, conversationId, entry.serverId, now);
  if (level === "NOTHING") return none;
  if (level === "MENTIONS" || muted) return entry.mentions > 0 ? { unread: true, count: entry.mentions } : none;
  return { unread: true, count: entry.serverId === null ? entry.lastSeq - entry.readSeq : entry.mentions };
}

/** A conversation: unread or not; the badge counts mentions, and every unread message of a direct thread. */
export function conversationBadge(state: UnreadState, conversationId: string, settings: NotifySettings = NO_SETTINGS, now = Date.now()): UnreadBadge {
  return entryBadge(conversationId, state[conversationId], settings, now);
}

function sum(state: UnreadState, settings: NotifySettings, now: number, keep: (entry: UnreadEntry) => boolean): UnreadBadge {
  let unread = false;
  let count = 0;
  for (const [conversationId, entry] of Object.entries(state)) {
    if (!keep(entry)) continue;
    const badge = entryBadge(conversationId, entry, settings, now);
    unread ||= badge.unread;
    count += badge.count;
  }
  return { unread, count };
}

/** A server: unread when any of its channels is; the badge counts its channels' mentions. */
export function serverBadge(state: UnreadState, serverId: string, settings: NotifySettings = NO_SETTINGS, now = Date.now()): UnreadBadge {
  return sum(state, settings, now, (entry) => entry.serverId === serverId);
}

/** Direct threads: unread when any is; the badge counts their unread messages. */
export function threadsBadge(state: UnreadState, settings: NotifySettings = NO_SETTINGS, now = Date.now()): UnreadBadge {
  return sum(state, settings, now, (entry) => entry.serverId === null);
}

/** Anything unread at all, under the settings. */
export function anyUnread(state: UnreadState, settings: NotifySettings = NO_SETTINGS, now = Date.now()): boolean {
  return sum(state, settings, now, () => true).unread;
}

/** When the next mute (of a conversation or a server) ends, to recompute the badges then, or null. */
export function nextMuteEnd(settings: NotifySettings, now: number): number | null {
  return nextEnd([...Object.values(settings.conversations), ...Object.values(settings.servers)], now);
}
