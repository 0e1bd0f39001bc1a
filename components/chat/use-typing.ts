"use client";

import type { Channel } from "pusher-js";
import { useEffect, useMemo, useState } from "react";
import { activeTypers, applyTyping, TypingNotifier, typingLabel, type Typers } from "@/lib/messages/typing";
import { useChannel } from "@/lib/realtime/use-channel";

/** Who else is typing in the conversation, and the notifier for the viewer's own typing. */
export function useTyping(conversationId: string, channel: Channel | null, viewer: { id: string; fullName: string }) {
  const [typers, setTypers] = useState<Typers>({});
  const [now, setNow] = useState(() => Date.now());

  const update = (event: { userId: string; name: string; typing: boolean }) => {
    const at = Date.now();
    setNow(at);
    setTypers((current) => applyTyping(current, event, viewer.id, at));
  };
  // (A sender's "stopped" goes out with their message; if it got lost, the 5 s expiry clears it.)
  useChannel("conversation", conversationId, { "client-typing": update });

  const { names, nextExpiry } = activeTypers(typers, now);
  useEffect(() => {
    if (nextExpiry === null) return;
    const timer = setTimeout(() => setNow(Date.now()), Math.max(0, nextExpiry - Date.now()) + 50);
    return () => clearTimeout(timer);
  }, [nextExpiry]);

  const notifier = useMemo(
    () => new TypingNotifier((typing) => channel?.trigger("client-typing", { userId: viewer.id, name: viewer.fullName, typing }) ?? false),
    [channel, viewer.id, viewer.fullName],
  );

  return { label: typingLabel(names), notifier };
}
