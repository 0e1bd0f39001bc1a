import type { Channel } from "pusher-js";
import { afterEach, describe, expect, it } from "vitest";
import { SubscriptionPool, type Held } from "@/components/realtime/subscription-pool";
import { channelName } from "@/lib/realtime/catalogue";
import { publish, pusher } from "@/lib/realtime/server";
import { actor, createServer, createThread } from "../support/factories";
import { realtimeClient } from "../support/realtime";
import { startTcpProxy } from "../support/tcp-proxy";

// The provider's subscription pool against a real pusher-js client and the test Soketi, driven
// through the sequences React and people produce: StrictMode's mount → cleanup → mount, leaving
// and re-entering within one round trip, random back-and-forth, and a reconnect in the middle.
// After each, what Soketi has subscribed must be exactly what is held, and events must arrive.

const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function setUp(options: { port?: number } = {}) {
  const alice = await actor();
  const bob = await actor();
  const server = await createServer(alice.user);
  const thread = await createThread([alice.user, bob.user]);
  const conversations = [server.channels[0]!.conversationId, thread.conversationId];
  const rt = realtimeClient(alice, options);
  const pool = new SubscriptionPool(rt.client);
  cleanups.push(() => pool.dispose(), () => rt.disconnect());
  await connected(rt.client.connection);
  const names = conversations.flatMap((id) => [channelName("conversation", id), channelName("presence", id)]);
  return { alice, rt, pool, conversations, names };
}

function connected(connection: { state: string; bind: (event: string, fn: () => void) => void }) {
  return connection.state === "connected" ? Promise.resolve() : new Promise<void>((resolve) => connection.bind("connected", resolve));
}

/** The channels among `names` that Soketi has at least one subscriber on. */
async function occupied(names: string[]): Promise<string[]> {
  const response = await pusher().get({ path: "/channels" });
  const { channels } = (await response.json()) as { channels: Record<string, unknown> };
  return names.filter((name) => name in channels).sort();
}

/** Waits until Soketi and the client both agree with what the pool holds, and stay so for a moment. */
async function expectSettled(pool: SubscriptionPool, client: ReturnType<typeof realtimeClient>["client"], names: string[]) {
  const want = pool.held().filter((name) => names.includes(name));
  const subscribedOnClient = () =>
    client
      .allChannels()
      .filter((c) => c.subscribed)
      .map((c) => c.name)
      .sort();
  await expect.poll(() => occupied(names), { timeout: 10_000, interval: 100 }).toEqual(want);
  await expect.poll(subscribedOnClient, { timeout: 5_000, interval: 100 }).toEqual(want);
  await new Promise((resolve) => setTimeout(resolve, 500)); // a late unsubscribe would show now
  expect(await occupied(names)).toEqual(want);
  expect(subscribedOnClient()).toEqual(want);
}

/** An event published on `conversationId` reaches a handler bound to the held channel. */
async function expectLive(held: Held, conversationId: string) {
  const seq = Math.floor(Math.random() * 1e6) + 1;
  const received = new Promise((resolve) => held.channel.bind("message.deleted", (data: { seq: number }) => data.seq === seq && resolve(data)));
  await expect.poll(() => (held.channel as Channel).subscribed, { timeout: 10_000 }).toBe(true);
  expect(await publish("conversation", conversationId, "message.deleted", { conversationId, id: "m", seq })).toBe(true);
  await expect(Promise.race([received, new Promise((_, reject) => setTimeout(() => reject(new Error("no event")), 5_000))])).resolves.toBeTruthy();
}

describe("subscription pool", () => {
  it("survives StrictMode's mount → cleanup → mount before the subscription is confirmed", async () => {
    const { pool, rt, conversations, names } = await setUp();
    const name = channelName("conversation", conversations[0]!);
    pool.acquire(name).release(); // the first mount's cleanup, while the subscription is pending
    const held = pool.acquire(name);
    expect(pool.held()).toEqual([name]);
    await expectLive(held, conversations[0]!);
    await expectSettled(pool, rt.client, names);
  });

  it("keeps a shared channel until its last holder lets go, and a double release counts once", async () => {
    const { pool, rt, conversations, names } = await setUp();
    const name = channelName("conversation", conversations[0]!);
    const first = pool.acquire(name);
    const second = pool.acquire(name);
    await expectSettled(pool, rt.client, names);
    first.release();
    first.release();
    await expectLive(second, conversations[0]!);
    await expectSettled(pool, rt.client, names);
    second.release();
    expect(pool.held()).toEqual([]);
    await expectSettled(pool, rt.client, names);
  });

  it("leaving and re-entering a conversation within one round trip keeps it live", async () => {
    const { pool, rt, conversations, names } = await setUp();
    const [channelId, threadId] = conversations as [string, string];
    pool.acquire(channelName("conversation", channelId)).release(); // in and out while subscribing
    const there = pool.acquire(channelName("conversation", threadId));
    there.release();
    const here = pool.acquire(channelName("conversation", channelId)); // back before anything was confirmed
    await expectLive(here, channelId);
    await expectSettled(pool, rt.client, names);
  });

  it("random back-and-forth between conversations ends with exactly what is on screen", async () => {
    const { pool, rt, conversations, names } = await setUp();
    const holding = new Map<string, Held[]>();
    let seed = 7;
    const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    for (let step = 0; step < 60; step++) {
      const name = names[Math.floor(random() * names.length)]!;
      const list = holding.get(name) ?? [];
      if (list.length && random() < 0.55) list.pop()!.release();
      else list.push(pool.acquire(name));
      holding.set(name, list);
      if (random() < 0.2) await new Promise((resolve) => setTimeout(resolve, random() * 60));
    }
    const expected = names.filter((name) => holding.get(name)?.length).sort();
    expect(pool.held()).toEqual(expected);
    await expectSettled(pool, rt.client, names);
    for (const id of conversations) {
      const held = holding.get(channelName("conversation", id))?.[0];
      if (held) await expectLive(held, id);
    }
  });

  it("a reconnect in the middle resubscribes what is held and nothing else", async () => {
    const proxy = await startTcpProxy(Number(process.env.PUSHER_PORT));
    cleanups.push(() => proxy.close());
    const { pool, rt, conversations, names } = await setUp({ port: proxy.port });
    const [channelId, threadId] = conversations as [string, string];
    const kept = pool.acquire(channelName("conversation", channelId));
    const presence = pool.acquire(channelName("presence", threadId));
    await expectSettled(pool, rt.client, names);

    pool.acquire(channelName("conversation", threadId)).release(); // cancelled while pending…
    proxy.cut(); // …and the connection drops before the server answered
    presence.release();
    await expect.poll(() => rt.client.connection.state, { timeout: 10_000 }).not.toBe("connected");
    const later = pool.acquire(channelName("presence", channelId)); // entered while offline
    proxy.restore();
    await expect.poll(() => rt.client.connection.state, { timeout: 30_000, interval: 200 }).toBe("connected");

    expect(pool.held()).toEqual([channelName("conversation", channelId), channelName("presence", channelId)].sort());
    await expectSettled(pool, rt.client, names);
    await expectLive(kept, channelId);
    expect((later.channel as Channel).subscribed).toBe(true);
  });
});
