"use client";

import { createContext, useCallback, useContext, useEffect, useReducer, useRef, useState } from "react";
import { useChannel } from "@/components/realtime/use-channel";
import { unreadSummaryAction } from "@/lib/actions/unread/get-summary";
import { DEFAULT_LEVEL, mutedAt, type EffectiveNotify } from "@/lib/notifications/levels";
import {
  anyUnread,
  conversationBadge,
  conversationNotify,
  fromSummary,
  nextMuteEnd,
  NO_SETTINGS,
  serverBadge,
  threadsBadge,
  unreadReducer,
  type NotifySettings,
  type UnreadState,
} from "@/lib/unread/client/state";
import type { NotificationSettingView } from "@/lib/unread/notifications";
import type { ServerNotificationSettingView } from "@/lib/unread/server-notifications";
import type { UnreadConversation } from "@/lib/unread/summary";

type Context = {
  state: UnreadState;
  settings: NotifySettings;
  /** Bumped when a mute ends, so badges computed against the clock are computed again. */
  now: number;
  setSetting: (view: NotificationSettingView) => void;
  setServerSetting: (view: ServerNotificationSettingView) => void;
};

const UnreadContext = createContext<Context>({ state: {}, settings: NO_SETTINGS, now: 0, setSetting: () => {}, setServerSetting: () => {} });

const toSettings = (conversations: NotificationSettingView[], servers: ServerNotificationSettingView[]): NotifySettings => ({
  conversations: Object.fromEntries(conversations.map(({ conversationId, ...setting }) => [conversationId, setting])),
  servers: Object.fromEntries(servers.map(({ serverId, ...setting }) => [serverId, setting])),
});

const CATCH_UP_DELAY_MS = 300;

/**
 * The signed-in user's unread state for the whole tab, live: one subscription per server they
 * belong to (`channel.activity`, one event per message for all members) and their own channel
 * (threads, read marks from any tab, mentions). After any (re)subscription it reads the summary
 * again, once for a burst of them, so nothing missed while disconnected stays wrong.
 */
export function UnreadProvider({
  userId,
  serverIds,
  initial,
  initialSettings,
  initialServerSettings,
  children,
}: {
  userId: string;
  serverIds: string[];
  initial: UnreadConversation[];
  /** The user's notification settings that differ from the default: conversations', then servers'. */
  initialSettings: NotificationSettingView[];
  initialServerSettings: ServerNotificationSettingView[];
  children: React.ReactNode;
}) {
  const [state, dispatch] = useReducer(unreadReducer, initial, fromSummary);
  const [settings, setSettings] = useState(() => toSettings(initialSettings, initialServerSettings));
  const [now, setNow] = useState(() => Date.now());
  const setSetting = useCallback(({ conversationId, ...setting }: NotificationSettingView) => {
    setSettings((all) => ({ ...all, conversations: { ...all.conversations, [conversationId]: setting } }));
    setNow(Date.now());
  }, []);
  const setServerSetting = useCallback(({ serverId, ...setting }: ServerNotificationSettingView) => {
    setSettings((all) => ({ ...all, servers: { ...all.servers, [serverId]: setting } }));
    setNow(Date.now());
  }, []);
  // A mute ending changes badges with no event: look again then.
  useEffect(() => {
    const current = Date.now();
    const end = nextMuteEnd(settings, current);
    if (end === null) return;
    const timer = setTimeout(() => setNow(Date.now()), Math.min(end - current + 50, 2_147_483_000));
    return () => clearTimeout(timer);
  }, [settings, now]);
  // A re-rendered layout (router.refresh, a server action) brings a fresh summary: take it.
  const seen = useRef(initial);
  useEffect(() => {
    if (seen.current === initial) return;
    seen.current = initial;
    dispatch({ type: "summary", conversations: initial });
  }, [initial]);

  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  const catchUp = useCallback(() => {
    clearTimeout(timer.current);
    timer.current = setTimeout(async () => {
      const result = await unreadSummaryAction({});
      if (result.ok) dispatch({ type: "summary", conversations: result.data });
    }, CATCH_UP_DELAY_MS);
  }, []);

  useChannel(
    "user",
    userId,
    {
      // A thread's, or a private channel's (with its serverId): never on the server's channel.
      "conversation.activity": ({ conversationId, lastSeq, authorId, serverId }) =>
        dispatch({ type: "activity", conversationId, serverId: serverId ?? null, lastSeq, authorId, viewerId: userId }),
      "read.updated": ({ conversationId, readSeq }) => {
        // Marked unread in a conversation this tab thought read: only the summary knows its last seq.
        if (!state[conversationId]) catchUp();
        else dispatch({ type: "read", conversationId, readSeq });
      },
      "unread.stale": catchUp,
      "mention.created": ({ conversationId, seq, serverId }) => dispatch({ type: "mention", conversationId, seq, serverId }),
      "notifications.updated": setSetting,
      "server-notifications.updated": setServerSetting,
    },
    { onSubscribed: catchUp },
  );

  return (
    <UnreadContext.Provider value={{ state, settings, now, setSetting, setServerSetting }}>
      {serverIds.map((serverId) => (
        <ServerActivity key={serverId} serverId={serverId} userId={userId} dispatch={dispatch} onSubscribed={catchUp} />
      ))}
      {children}
    </UnreadContext.Provider>
  );
}

function ServerActivity({
  serverId,
  userId,
  dispatch,
  onSubscribed,
}: {
  serverId: string;
  userId: string;
  dispatch: React.Dispatch<Parameters<typeof unreadReducer>[1]>;
  onSubscribed: () => void;
}) {
  useChannel(
    "server",
    serverId,
    {
      "channel.activity": ({ conversationId, lastSeq, authorId }) =>
        dispatch({ type: "activity", conversationId, serverId, lastSeq, authorId, viewerId: userId }),
    },
    { onSubscribed },
  );
  return null;
}

export function useConversationUnread(conversationId: string) {
  const { state, settings, now } = useContext(UnreadContext);
  return conversationBadge(state, conversationId, settings, now);
}

export function useServerUnread(serverId: string) {
  const { state, settings, now } = useContext(UnreadContext);
  return serverBadge(state, serverId, settings, now);
}

export function useAnyUnread() {
  const { state, settings, now } = useContext(UnreadContext);
  return anyUnread(state, settings, now);
}

export function useThreadsUnread() {
  const { state, settings, now } = useContext(UnreadContext);
  return threadsBadge(state, settings, now);
}

/**
 * A conversation's own notification setting (level null: its server's applies; an ended mute is none), what applies to it
 * now (lib/notifications/levels.ts), its server's level (a channel), and a way to record a change made here.
 */
export function useNotificationSetting(
  conversationId: string,
  serverId: string | null,
): { own: NotificationSettingView | null; effective: EffectiveNotify; serverLevel: ServerNotificationSettingView["level"] | null; record: (view: NotificationSettingView) => void } {
  const { settings, now, setSetting } = useContext(UnreadContext);
  const own = settings.conversations[conversationId];
  return {
    own: own ? { conversationId, level: own.level, mutedUntil: mutedAt(own.mutedUntil, now) ? own.mutedUntil : null } : null,
    effective: conversationNotify(settings, conversationId, serverId, now),
    serverLevel: serverId ? (settings.servers[serverId]?.level ?? DEFAULT_LEVEL) : null,
    record: setSetting,
  };
}

/** The user's notification setting for a server (the default when none), whether its mute is on now, and a way to record a change made here. */
export function useServerNotificationSetting(serverId: string): { setting: ServerNotificationSettingView; muted: boolean; record: (view: ServerNotificationSettingView) => void } {
  const { settings, now, setServerSetting } = useContext(UnreadContext);
  const setting = settings.servers[serverId];
  const muted = mutedAt(setting?.mutedUntil, now);
  return { setting: { serverId, level: setting?.level ?? DEFAULT_LEVEL, mutedUntil: muted ? (setting?.mutedUntil ?? null) : null }, muted, record: setServerSetting };
}
