"use client";

import { useEffect, useMemo, useState } from "react";
import { activeTypers, applyTyping, TypingNotifier, typingEvent, typingLabel, type Typers } from "@/lib/messages/client/typing";
import { useBlockedPeople } from "@/components/blocks/blocked-people-provider";
import { useChannel } from "@/components/realtime/use-channel";

/**
 * Who else is typing in the conversation, and the notifier for the viewer's own typing. Typing
 * travels on the presence channel, where the realtime server says who sent each event; pass null
 * where there is none (channels too large for presence): no typing is shown or sent there.
 * People the viewer blocked are never shown typing.
 */
export function useTyping(presenceId: string | null, viewerId: string) {
  const [typers, setTypers] = useState<Typers>({});
  const [now, setNow] = useState(() => Date.now());

  // (A sender's "stopped" goes out with their message; if it got lost, the 5 s expiry clears it.)
  const channel = useChannel("presence", presenceId, {
    "client-typing": (payload, sender) => {
      const event = typingEvent(payload, sender);
      if (!event) return;
      const at = Date.now();
      setNow(at);
      setTypers((current) => applyTyping(current, event, viewerId, at));
    },
  });

  const blocked = useBlockedPeople();
  const shown = useMemo(() => Object.fromEntries(Object.entries(typers).filter(([userId]) => !blocked.has(userId))), [typers, blocked]);
  const { names, nextExpiry } = activeTypers(shown, now);
  useEffect(() => {
    if (nextExpiry === null) return;
    const timer = setTimeout(() => setNow(Date.now()), Math.max(0, nextExpiry - Date.now()) + 50);
    return () => clearTimeout(timer);
  }, [nextExpiry]);

  const notifier = useMemo(() => new TypingNotifier((typing) => channel?.trigger("client-typing", { typing }) ?? false), [channel]);

  return { label: typingLabel(names), notifier };
}
