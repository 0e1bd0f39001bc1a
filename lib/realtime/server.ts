import "server-only";
import http from "node:http";
import https from "node:https";
import Pusher from "pusher";
import { runAfterResponse } from "@/lib/background";
import { env } from "@/lib/env";
import { channelName, eventSchema, type ChannelKind, type EventName, type EventPayload, type PresenceUser } from "@/lib/realtime/catalogue";

// Server side of realtime: triggers events and signs subscriptions. Publishing is best effort by
// design: the database is the source of truth and clients catch up from it after any gap, so a
// realtime outage slows delivery down but never fails the request that caused it — and, for
// what people do all the time (send, delete, receipts), never delays it: publishAfterResponse.

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
      timeout: 2_000,
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

/** Waits between the attempts of a publication made after the response. */
export const PUBLISH_RETRY_DELAYS_MS = [500, 2_000];

/**
 * Publishes once the response has been sent (lib/background.ts), so the person who sent, deleted
 * or read something gets their answer as soon as it is committed, whether the realtime service is
 * fast, slow or down. Each batch gets three attempts (2 s timeout each, 0.5 s and 2 s apart: under
 * 9 s in all, within any serverless host's grace time); then clients catch up from the database as
 * they do after any gap. `publications` may be a function, for events that need reads the answer
 * shouldn't wait for.
 */
export function publishAfterResponse(publications: Publication[] | (() => Promise<Publication[]>)): void {
  runAfterResponse("realtime publish", async () => {
    await publishAll(typeof publications === "function" ? await publications() : publications, PUBLISH_RETRY_DELAYS_MS);
  });
}

/**
 * Triggers several events in one request per 10 (Pusher's batch limit), trying a failed batch
 * again after each of `retryDelaysMs`. Resolves false (and logs) when one could not be delivered.
 */
export async function publishAll(publications: Publication[], retryDelaysMs: number[] = []): Promise<boolean> {
  let delivered = true;
  for (let i = 0; i < publications.length; i += 10) {
    const batch = publications.slice(i, i + 10).map((p) => ({
      channel: channelName(p.kind, p.id),
      name: p.event,
      data: p.payload,
      ...(p.excludeSocketId ? { socket_id: p.excludeSocketId } : {}),
    }));
    if (!(await triggerBatch(batch, retryDelaysMs))) delivered = false;
  }
  return delivered;
}

type BatchEvent = Parameters<Pusher["triggerBatch"]>[0][number];

async function triggerBatch(batch: BatchEvent[], retryDelaysMs: number[]): Promise<boolean> {
  for (let attempt = 0; ; attempt++) {
    try {
      const response = await pusher().triggerBatch(batch);
      if (response.ok) return true;
      throw Object.assign(new Error(`status ${response.status}`), { status: response.status });
    } catch (error) {
      const status = (error as { status?: number }).status ?? 500;
      if (status >= 500 && attempt < retryDelaysMs.length) {
        await new Promise((resolve) => setTimeout(resolve, retryDelaysMs[attempt]));
        continue;
      }
      const tries = attempt > 0 ? ` after ${attempt + 1} attempts` : "";
      console.warn(`realtime publish failed${tries} (${batch.map((b) => b.name).join(", ")}):`, (error as Error).message);
      return false;
    }
  }
}

/** Signs a private-channel subscription. The caller has already checked the user's right to it. */
export function signPrivate(socketId: string, channel: string) {
  return pusher().authorizeChannel(socketId, channel);
}

/** Signs a presence-channel subscription with the member info other subscribers will see. */
export function signPresence(socketId: string, channel: string, userId: string, info: PresenceUser) {
  return pusher().authorizeChannel(socketId, channel, { user_id: userId, user_info: info });
}
