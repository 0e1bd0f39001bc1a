"use client";

import type { PresenceChannel } from "pusher-js";
import { useEffect, useState } from "react";
import { useRealtime } from "@/components/realtime/realtime-provider";
import { retryFailedSubscriptions } from "@/components/realtime/subscription-retry";
import type { PresenceUser } from "@/lib/realtime/catalogue";
import { channelName } from "@/lib/realtime/channels";

export type Presence = {
  /** Who has the conversation open now, by user id (the viewer included). */
  members: ReadonlyMap<string, PresenceUser>;
  /** When someone left while we watched: a fresher "last seen" than the server's. */
  leftAt: ReadonlyMap<string, number>;
  ready: boolean;
};

const empty: Presence = { members: new Map(), leftAt: new Map(), ready: false };

/**
 * Joins the presence channel of a conversation while mounted (pass null to stay out, e.g. for
 * channels too large for a presence list) and tracks its members.
 */
export function usePresence(conversationId: string | null): Presence {
  const { acquire, client, schemas, presence: registry } = useRealtime();
  const [presence, setPresence] = useState<Presence>(empty);

  useEffect(() => {
    if (!conversationId || !client || !schemas) return;
    const name = channelName("presence", conversationId);
    const held = acquire(name);
    if (!held) return;
    const channel = held.channel as PresenceChannel;

    const read = (info: unknown) => {
      const parsed = schemas.presenceUserSchema.safeParse(info);
      return parsed.success ? parsed.data : null;
    };
    const onSubscribed = () => {
      const members = new Map<string, PresenceUser>();
      channel.members.each((member: { id: string; info: unknown }) => {
        const info = read(member.info);
        if (info) members.set(member.id, info);
      });
      setPresence((current) => ({ ...current, members, ready: true }));
      registry.reset(name, members.keys());
    };
    const onAdded = (member: { id: string; info: unknown }) => {
      const info = read(member.info);
      if (!info) return;
      setPresence((current) => ({ ...current, members: new Map(current.members).set(member.id, info) }));
      registry.join(name, member.id);
    };
    const onRemoved = (member: { id: string }) => {
      setPresence((current) => {
        const members = new Map(current.members);
        members.delete(member.id);
        return { ...current, members, leftAt: new Map(current.leftAt).set(member.id, Date.now()) };
      });
      registry.leave(name, member.id);
    };
    const onDisconnected = () => {
      setPresence((current) => ({ ...current, ready: false }));
      registry.forget(name);
    };

    channel.bind("pusher:subscription_succeeded", onSubscribed);
    channel.bind("pusher:member_added", onAdded);
    channel.bind("pusher:member_removed", onRemoved);
    client.connection.bind("disconnected", onDisconnected);
    client.connection.bind("unavailable", onDisconnected);
    const stopRetrying = retryFailedSubscriptions(client, channel);
    if (channel.subscribed) onSubscribed();
    return () => {
      stopRetrying();
      channel.unbind("pusher:subscription_succeeded", onSubscribed);
      channel.unbind("pusher:member_added", onAdded);
      channel.unbind("pusher:member_removed", onRemoved);
      client.connection.unbind("disconnected", onDisconnected);
      client.connection.unbind("unavailable", onDisconnected);
      held.release();
      registry.forget(name);
      setPresence(empty);
    };
  }, [conversationId, client, schemas, acquire, registry]);

  return presence;
}
