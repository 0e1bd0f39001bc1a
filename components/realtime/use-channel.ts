"use client";

import type { Channel, PresenceChannel } from "pusher-js";
import { useEffect, useRef, useState } from "react";
import { useRealtime, type Schemas } from "@/components/realtime/realtime-provider";
import { retryFailedSubscriptions } from "@/components/realtime/subscription-retry";
import type { EventName, EventPayload, PresenceUser } from "@/lib/realtime/catalogue";
import { channelName, type ChannelKind } from "@/lib/realtime/channels";

/**
 * Who sent a client event, as the realtime server vouches for it (never from the payload): the
 * user id it attaches on presence channels, and that member's info as our auth endpoint signed it.
 */
export type Sender = { userId?: string; member?: PresenceUser };

export type ChannelHandlers<K extends ChannelKind> = {
  [E in EventName<K>]?: (payload: EventPayload<K, E>, sender: Sender) => void;
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
 * every render without resubscribing (the events handled are those of the first render). Returns the channel (for client events) once subscribed.
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

    // One binding per event handled (the set of events is fixed; the handlers may change). Not
    // bind_global: pusher-js leaves out the metadata (the sender's user id) for global callbacks.
    const bindings = Object.keys(latest.current.handlers).map((event) => {
      const onEvent = (data: unknown, metadata?: { user_id?: string }) => {
        const handler = (latest.current.handlers as Record<string, ((p: unknown, s: Sender) => void) | undefined>)[event];
        if (!handler) return;
        const parsed = schemas.eventSchema(kind, event as EventName<K>).safeParse(data);
        if (parsed.success) handler(parsed.data, senderOf(channel, metadata?.user_id, schemas));
        else console.warn(`dropped malformed realtime event ${event}`, parsed.error.issues[0]);
      };
      channel.bind(event, onEvent);
      return () => channel.unbind(event, onEvent);
    });
    const onSubscribed = () => {
      setSubscribed(channel);
      latest.current.options.onSubscribed?.(channel);
    };

    channel.bind("pusher:subscription_succeeded", onSubscribed);
    const stopRetrying = retryFailedSubscriptions(client, channel, (status) => latest.current.options.onRefused?.(status));
    if (channel.subscribed) onSubscribed();
    return () => {
      stopRetrying();
      bindings.forEach((unbind) => unbind());
      channel.unbind("pusher:subscription_succeeded", onSubscribed);
      held.release();
      setSubscribed(null);
    };
  }, [kind, id, client, schemas, acquire]);

  return subscribed;
}

function senderOf(channel: Channel, userId: string | undefined, schemas: Schemas): Sender {
  const members = (channel as Partial<PresenceChannel>).members;
  const info = userId && members ? members.get(userId)?.info : undefined;
  const member = info === undefined ? undefined : schemas.presenceUserSchema.safeParse(info);
  return { userId, member: member?.success ? member.data : undefined };
}

export type { EventPayload };
