import http from "node:http";
import https from "node:https";
import Pusher from "pusher";
import { env } from "@/lib/env";
import { channelName, eventSchema, type ChannelKind, type EventName, type EventPayload, type PresenceUser } from "@/lib/realtime/catalogue";

// Server side of realtime: triggers events and signs subscriptions. Publishing is best effort by
// design: the database is the source of truth and clients catch up from it after any gap, so a
// realtime outage slows delivery down but never fails the request that caused it.

let client: Pusher | undefined;

export function pusher(): Pusher {
  if (!client) {
    const e = env();
    client = new Pusher({
      appId: e.PUSHER_APP_ID,
      key: e.PUSHER_KEY,
      secret: e.PUSHER_SECRET,
      cluster: e.PUSHER_CLUSTER,
      useTLS: e.PUSHER_USE_TLS,
      timeout: 3_000,
      // Without an agent the SDK (node-fetch) closes the connection after every trigger: each send
      // then paid a new TCP (and TLS) handshake. Idle sockets are dropped after a few seconds,
      // well before servers give up on them.
      agent: new (e.PUSHER_USE_TLS ? https.Agent : http.Agent)({ keepAlive: true, timeout: 5_000 }),
      ...(e.PUSHER_HOST ? { host: e.PUSHER_HOST, port: e.PUSHER_PORT ? String(e.PUSHER_PORT) : undefined } : {}),
    });
  }
  return client;
}

export type Publication = { kind: ChannelKind; id: string; event: string; payload: unknown; excludeSocketId?: string };

export function publication<K extends ChannelKind, E extends EventName<K>>(
  kind: K,
  id: string,
  event: E,
  payload: EventPayload<K, E>,
  excludeSocketId?: string,
): Publication {
  return { kind, id, event, payload: eventSchema(kind, event).parse(payload), excludeSocketId };
}

/** Triggers one event. Resolves false (and logs) when the realtime service could not be reached. */
export async function publish<K extends ChannelKind, E extends EventName<K>>(
  kind: K,
  id: string,
  event: E,
  payload: EventPayload<K, E>,
  excludeSocketId?: string,
): Promise<boolean> {
  return publishAll([publication(kind, id, event, payload, excludeSocketId)]);
}

/** Triggers several events in one request per 10 (Pusher's batch limit). */
export async function publishAll(publications: Publication[]): Promise<boolean> {
  let delivered = true;
  for (let i = 0; i < publications.length; i += 10) {
    const batch = publications.slice(i, i + 10).map((p) => ({
      channel: channelName(p.kind, p.id),
      name: p.event,
      data: p.payload,
      ...(p.excludeSocketId ? { socket_id: p.excludeSocketId } : {}),
    }));
    try {
      const response = await pusher().triggerBatch(batch);
      if (!response.ok) throw new Error(`status ${response.status}`);
    } catch (error) {
      delivered = false;
      console.warn(`realtime publish failed (${batch.map((b) => b.name).join(", ")}):`, (error as Error).message);
    }
  }
  return delivered;
}

/** Signs a private-channel subscription. The caller has already checked the user's right to it. */
export function signPrivate(socketId: string, channel: string) {
  return pusher().authorizeChannel(socketId, channel);
}

/** Signs a presence-channel subscription with the member info other subscribers will see. */
export function signPresence(socketId: string, channel: string, userId: string, info: PresenceUser) {
  return pusher().authorizeChannel(socketId, channel, { user_id: userId, user_info: info });
}
