"use client";

import { createContext, useCallback, useContext, useEffect, useReducer, useRef, useState } from "react";
import { useChannel } from "@/components/realtime/use-channel";
import { unreadSummaryAction } from "@/lib/actions/unread/get-summary";
import {
  anyUnread,
  conversationBadge,
  fromSummary,
  isMuted,
  nextMuteEnd,
  serverBadge,
  threadsBadge,
  unreadReducer,
  type NotifySetting,
  type NotifySettings,
  type UnreadState,
} from "@/lib/unread/client/state";
import type { NotificationSettingView } from "@/lib/unread/notifications";
import type { UnreadConversation } from "@/lib/unread/summary";

type Context = {
  state: UnreadState;
  settings: NotifySettings;
  /** Bumped when a mute ends, so badges computed against the clock are computed again. */
  now: number;
  setSetting: (view: NotificationSettingView) => void;
};

const UnreadContext = createContext<Context>({ state: {}, settings: {}, now: 0, setSetting: () => {} });

const toSettings = (views: NotificationSettingView[]): NotifySettings => Object.fromEntries(views.map(({ conversationId, ...setting }) => [conversationId, setting]));

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
  children,
}: {
  userId: string;
  serverIds: string[];
  initial: UnreadConversation[];
  /** The user's notification settings that differ from the default. */
  initialSettings: NotificationSettingView[];
  children: React.ReactNode;
}) {
  const [state, dispatch] = useReducer(unreadReducer, initial, fromSummary);
  const [settings, setSettings] = useState(() => toSettings(initialSettings));
  const [now, setNow] = useState(() => Date.now());
  const setSetting = useCallback(({ conversationId, ...setting }: NotificationSettingView) => {
    setSettings((all) => ({ ...all, [conversationId]: setting }));
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
      "conversation.activity": ({ conversationId, lastSeq, authorId }) =>
        dispatch({ type: "activity", conversationId, serverId: null, lastSeq, authorId, viewerId: userId }),
      "read.updated": ({ conversationId, readSeq }) => {
        // Marked unread in a conversation this tab thought read: only the summary knows its last seq.
        if (!state[conversationId]) catchUp();
        else dispatch({ type: "read", conversationId, readSeq });
      },
      "unread.stale": catchUp,
      "mention.created": ({ conversationId, seq, serverId }) => dispatch({ type: "mention", conversationId, seq, serverId }),
      "notifications.updated": setSetting,
    },
    { onSubscribed: catchUp },
  );

  return (
    <UnreadContext.Provider value={{ state, settings, now, setSetting }}>
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

/** A conversation's notification setting (undefined: all messages, not muted), whether a mute is on now, and a way to record a change made here. */
export function useNotificationSetting(conversationId: string): { setting: NotifySetting | undefined; muted: boolean; record: (view: NotificationSettingView) => void } {
  const { settings, now, setSetting } = useContext(UnreadContext);
  const setting = settings[conversationId];
  return { setting, muted: isMuted(setting, now), record: setSetting };
}
