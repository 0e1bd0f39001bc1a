"use client";

import type { Channel } from "pusher-js";
import { useEffect, useRef, useState } from "react";
import { useRealtime } from "@/components/realtime/realtime-provider";
import { retryFailedSubscriptions } from "@/lib/realtime/subscription-retry";
import type { EventName, EventPayload } from "@/lib/realtime/catalogue";
import { channelName, type ChannelKind } from "@/lib/realtime/channels";

export type ChannelHandlers<K extends ChannelKind> = {
  [E in EventName<K>]?: (payload: EventPayload<K, E>, meta: { userId?: string }) => void;
};

type Options = {
  /** Called after every successful (re)subscription: the moment to fetch what was missed. */
  onSubscribed?: (channel: Channel) => void;
  /** Called when the auth endpoint refuses the subscription (failures that may pass are retried). */
  onRefused?: (status: number) => void;
};

/**
 * Subscribes to one channel of the catalogue while the component is mounted. Payloads are
 * checked against the catalogue's schemas (anything else is dropped); handlers may change on
 * every render without resubscribing. Returns the channel (for client events) once subscribed.
 */
export function useChannel<K extends ChannelKind>(
  kind: K,
  id: string | null,
  handlers: ChannelHandlers<K>,
  options: Options = {},
): Channel | null {
  const { acquire, client, schemas } = useRealtime();
  const latest = useRef({ handlers, options });
  useEffect(() => {
    latest.current = { handlers, options };
  });
  const [subscribed, setSubscribed] = useState<Channel | null>(null);

  useEffect(() => {
    if (!id || !client || !schemas) return;
    const held = acquire(channelName(kind, id));
    if (!held) return;
    const { channel } = held;

    const onEvent = (event: string, data: unknown, metadata?: { user_id?: string }) => {
      const handler = (latest.current.handlers as Record<string, ((p: unknown, m: { userId?: string }) => void) | undefined>)[event];
      if (!handler) return;
      const parsed = schemas.eventSchema(kind, event as EventName<K>).safeParse(data);
      if (parsed.success) handler(parsed.data, { userId: metadata?.user_id });
      else console.warn(`dropped malformed realtime event ${event}`, parsed.error.issues[0]);
    };
    const onSubscribed = () => {
      setSubscribed(channel);
      latest.current.options.onSubscribed?.(channel);
    };

    channel.bind_global(onEvent);
    channel.bind("pusher:subscription_succeeded", onSubscribed);
    const stopRetrying = retryFailedSubscriptions(client, channel, (status) => latest.current.options.onRefused?.(status));
    if (channel.subscribed) onSubscribed();
    return () => {
      stopRetrying();
      channel.unbind_global(onEvent);
      channel.unbind("pusher:subscription_succeeded", onSubscribed);
      held.release();
      setSubscribed(null);
    };
  }, [kind, id, client, schemas, acquire]);

  return subscribed;
}

export type { EventPayload };
