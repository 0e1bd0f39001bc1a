import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { deleteMessageAction } from "@/lib/actions/messages/delete-message";
import { editMessageAction } from "@/lib/actions/messages/edit-message";
import { setPinAction } from "@/lib/actions/pins/set-pin";
import { db } from "@/lib/db";
import { startSoketi } from "../../scripts/lib/services";
import { flushAfter } from "../support/after";
import { actor, createServer, type Actor } from "../support/factories";
import { chatClient, eventually } from "../support/messaging";
import { startTcpProxy } from "../support/tcp-proxy";

// Outages, with clients running the browser's sync logic (ConversationSync):
//   - the realtime server stops in the middle of a 200-message exchange and comes back;
//   - sends while the realtime server is stopped or hangs are confirmed at once all the same;
//   - one client's connection is cut, then allowed back;
//   - the database goes away while messages are being sent.
// Every client must end with every message exactly once, in order.
//
// This file stops Soketi, so it runs its own (other files share the suite's). The app's realtime
// and database settings are pointed at proxies (that the tests can cut or stall) in front of this
// file's Soketi and of Postgres before anything here creates the Pusher or Prisma client (each
// test file has its own module registry); chat clients reach Soketi directly.

type Soketi = Awaited<ReturnType<typeof startSoketi>>;
let soketi: Soketi;
let database: Awaited<ReturnType<typeof startTcpProxy>>;
let appToRealtime: Awaited<ReturnType<typeof startTcpProxy>>;
const savedEnv = { ...process.env };

beforeAll(async () => {
  soketi = await startSoketi({ quiet: true, port: 0 });
  appToRealtime = await startTcpProxy(soketi.port);
  Object.assign(process.env, soketi.env, { PUSHER_PORT: String(appToRealtime.port) });
  const url = new URL(process.env.DATABASE_URL!);
  database = await startTcpProxy(Number(url.port || 5432), url.hostname);
  url.port = String(database.port);
  process.env.DATABASE_URL = url.toString();
}, 60_000);

afterAll(async () => {
  await db.$disconnect();
  await soketi?.stop();
  await database?.close();
  await appToRealtime?.close();
  process.env = savedEnv;
});

const clients: ReturnType<typeof chatClient>[] = [];
afterEach(() => {
  clients.splice(0).forEach((c) => c.stop());
  vi.restoreAllMocks();
});

/** The outages make the app log failures; keep them, to check that the outage really happened. */
function captureLogs(method: "warn" | "error") {
  const spy = vi.spyOn(console, method).mockImplementation(() => {});
  return () => spy.mock.calls.map((args) => args.map(String).join(" "));
}

function client(...args: Parameters<typeof chatClient>) {
  // Short send retries: outages here last seconds, and a retry must never duplicate.
  const c = chatClient(args[0], args[1], { sendRetryDelaysMs: [200, 400, 800, 1_600, 3_200, 3_200, 3_200], port: soketi.port, ...args[2] });
  clients.push(c);
  return c;
}

async function channelOf(people: Actor[]) {
  const [owner, ...members] = people;
  const server = await createServer(owner!.user, { members: members.map((m) => [m.user, "MEMBER"] as [{ id: string }, "MEMBER"]) });
  return server.channels[0]!.conversationId;
}

/** Two members of a channel, the second reaching Soketi through a line the test can cut. */
async function withOneClientOnALine(
  test: (setup: { steady: ReturnType<typeof chatClient>; flaky: ReturnType<typeof chatClient>; line: Awaited<ReturnType<typeof startTcpProxy>>; people: Actor[] }) => Promise<void>,
) {
  const people = await Promise.all([actor(), actor()]);
  const conversationId = await channelOf(people);
  const line = await startTcpProxy(soketi.port);
  try {
    const steady = client(people[0]!, conversationId);
    const flaky = client(people[1]!, conversationId, { port: line.port });
    await Promise.all([steady.start(), flaky.start()]);
    await test({ steady, flaky, line, people });
  } finally {
    await line.close();
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Each client holds exactly `bodies`, once each, in seq order 1..n, with each sender's messages in the order sent. */
async function expectAllDelivered(everyone: ReturnType<typeof chatClient>[], bodies: string[], timeout = 45_000) {
  await eventually(() => {
    for (const c of everyone) {
      expect(c.sync.state.pending).toEqual([]);
      expect(c.sync.state.messages).toHaveLength(bodies.length);
    }
  }, timeout);
  for (const c of everyone) {
    const { messages } = c.sync.state;
    expect(messages.map((m) => m.seq)).toEqual(bodies.map((_, i) => i + 1));
    expect(new Set(messages.map((m) => m.id)).size).toBe(bodies.length);
    expect([...messages.map((m) => m.body)].sort()).toEqual([...bodies].sort());
    for (const author of new Set(messages.map((m) => m.author!.id))) {
      const own = messages.filter((m) => m.author!.id === author).map((m) => Number(m.body.split(" ")[1]));
      expect(own).toEqual([...own].sort((a, b) => a - b));
    }
  }
}

describe("nothing lost, nothing twice", () => {
  it("survives the realtime server stopping in the middle of a 200-message exchange", async () => {
    const people = await Promise.all([actor(), actor(), actor()]);
    const conversationId = await channelOf(people);
    const [alice, bob, watcher] = people.map((p) => client(p, conversationId));
    await Promise.all([alice!.start(), bob!.start(), watcher!.start()]);
    captureLogs("warn");

    const bodies: string[] = [];
    for (let i = 0; i < 200; i++) {
      if (i === 60) await soketi.stop();
      if (i === 140) soketi = await startSoketi({ quiet: true, port: soketi.port });
      const body = `message ${i}`;
      bodies.push(body);
      (i % 2 === 0 ? alice! : bob!).sync.send(body);
      await sleep(10);
    }

    await expectAllDelivered([alice!, bob!, watcher!], bodies);
    expect(await db.message.count({ where: { conversationId } })).toBe(200);
    // The outage was real: pusher-js subscribed again after reconnecting, and that triggered the catch-up.
    for (const c of [alice!, bob!, watcher!]) expect(c.subscriptions.count).toBeGreaterThanOrEqual(2);
  }, 90_000);

  it.each([
    ["stopped", "catch-up after reconnecting"],
    ["hanging (a slow Pusher)", "the publications' retries"],
  ])("confirms each send within 1 s while the realtime server is %s, and delivers them all once it is back (by %s)", async (outage) => {
    const people = await Promise.all([actor(), actor()]);
    const conversationId = await channelOf(people);
    const [sender, reader] = people.map((p) => client(p, conversationId));
    await Promise.all([sender!.start(), reader!.start()]);
    const warnings = captureLogs("warn");
    const stopped = outage === "stopped";
    if (stopped) await soketi.stop();
    else appToRealtime.stall();

    const sentAt = new Map<string, number>();
    const confirmedAt = new Map<string, number>();
    const unsubscribe = sender!.sync.subscribe(() => {
      const stored = new Set(sender!.sync.state.messages.map((m) => m.clientId));
      for (const id of sentAt.keys()) if (!confirmedAt.has(id) && stored.has(id)) confirmedAt.set(id, performance.now());
    });
    const bodies = Array.from({ length: 10 }, (_, i) => `message ${i}`);
    for (const body of bodies) {
      sentAt.set(sender!.sync.send(body), performance.now());
      await sleep(100);
    }
    await eventually(() => expect(confirmedAt.size).toBe(10));
    unsubscribe();
    const waits = [...sentAt].map(([id, at]) => Math.round(confirmedAt.get(id)! - at));
    expect(Math.max(...waits), `waits: ${waits.join(", ")} ms`).toBeLessThan(1_000);
    expect(reader!.sync.state.messages).toEqual([]); // nothing went out live meanwhile

    if (stopped) {
      await flushAfter(); // every publication has given up
      soketi = await startSoketi({ quiet: true, port: soketi.port });
    } else {
      await sleep(2_500); // first attempts time out (2 s); the third ones, 4.5 s after theirs, will get through
      appToRealtime.restore();
    }
    await expectAllDelivered([sender!, reader!], bodies, 30_000);
    if (stopped) expect(reader!.subscriptions.count).toBeGreaterThanOrEqual(2);
    else expect(reader!.subscriptions.count).toBe(1); // no reconnect: the retried events themselves arrived
    expect(warnings().some((w) => w.includes("realtime publish failed"))).toBe(stopped);
  }, 60_000);

  it("answers an edit within 1 s while the realtime server hangs, and the edit arrives by the retried event", async () => {
    const people = await Promise.all([actor(), actor()]);
    const conversationId = await channelOf(people);
    const [author, reader] = people.map((p) => client(p, conversationId));
    await Promise.all([author!.start(), reader!.start()]);
    author!.sync.send("message 0");
    await eventually(() => expect(reader!.bodies()).toEqual(["message 0"]));
    const messageId = author!.sync.state.messages[0]!.id;
    const edit = (body: string) => people[0]!.run(() => editMessageAction({ messageId, body }));
    expect(await edit("message 0, edited once")).toMatchObject({ ok: true }); // warm: the timing below is the edit's own
    await eventually(() => expect(reader!.bodies()).toEqual(["message 0, edited once"]));
    const warnings = captureLogs("warn");
    appToRealtime.stall();

    const startedAt = performance.now();
    try {
      expect(await edit("message 0, edited twice")).toMatchObject({ ok: true });
      expect(performance.now() - startedAt).toBeLessThan(1_000); // a publication awaited first would take its 2 s timeout
      await sleep(2_500); // the first attempt times out; a retry gets through once the line is back
    } finally {
      appToRealtime.restore();
    }
    await eventually(() => expect(reader!.bodies()).toEqual(["message 0, edited twice"]), 15_000);
    expect(reader!.subscriptions.count).toBe(1); // no reconnect, no catch-up: the retried event itself
    expect(warnings().some((w) => w.includes("realtime publish failed"))).toBe(false);
  }, 60_000);

  it("catches up pins made while the realtime server was stopped", async () => {
    const people = await Promise.all([actor(), actor()]);
    const conversationId = await channelOf(people); // the first is the channel's owner: they may pin
    const [owner, reader] = people.map((p) => client(p, conversationId));
    await Promise.all([owner!.start(), reader!.start()]);
    for (let i = 0; i < 2; i++) owner!.sync.send(`message ${i}`);
    await eventually(() => expect(reader!.sync.state.messages).toHaveLength(2));
    const [kept, dropped] = reader!.sync.state.messages.map((m) => m.id);
    expect(await people[0]!.run(() => setPinAction({ messageId: dropped!, pinned: true }))).toMatchObject({ ok: true });
    await eventually(() => expect(reader!.sync.state.messages[1]!.pinned).toBe(true));
    const version = reader!.sync.state.pinsVersion;
    captureLogs("warn");

    await soketi.stop();
    expect(await people[0]!.run(() => setPinAction({ messageId: kept!, pinned: true }))).toMatchObject({ ok: true });
    expect(await people[0]!.run(() => setPinAction({ messageId: dropped!, pinned: false }))).toMatchObject({ ok: true });
    await flushAfter(); // every publication has given up
    expect(reader!.sync.state.messages.map((m) => m.pinned)).toEqual([undefined, true]);
    soketi = await startSoketi({ quiet: true, port: soketi.port });

    await eventually(() => expect(reader!.sync.state.messages.map((m) => m.pinned)).toEqual([true, undefined]), 30_000);
    expect(reader!.sync.state.pinsVersion).toBeGreaterThan(version);
    expect(reader!.subscriptions.count).toBeGreaterThanOrEqual(2); // by the catch-up after reconnecting
  }, 60_000);

  it("catches a client up after its connection is killed and comes back", async () => {
    await withOneClientOnALine(async ({ steady: sender, flaky, line }) => {
      const bodies: string[] = [];
      const send = (i: number) => {
        bodies.push(`message ${i}`);
        sender.sync.send(`message ${i}`);
      };
      for (let i = 0; i < 10; i++) send(i);
      await eventually(() => expect(flaky.sync.state.messages).toHaveLength(10));

      line.cut(); // the network drops under the client: no close handshake
      for (let i = 10; i < 40; i++) send(i);
      await eventually(() => expect(sender.sync.state.pending).toEqual([]));
      expect(flaky.sync.state.messages.length).toBeLessThan(40); // it missed the live events
      line.restore();

      await expectAllDelivered([sender, flaky], bodies);
      expect(flaky.subscriptions.count).toBeGreaterThanOrEqual(2);
    });
  }, 90_000);

  it("catches up deletions that happened while a client was away", async () => {
    await withOneClientOnALine(async ({ steady: author, flaky: away, line, people }) => {
      for (let i = 0; i < 3; i++) author.sync.send(`message ${i}`);
      await eventually(() => expect(away.sync.state.messages).toHaveLength(3));

      line.cut();
      const target = author.sync.state.messages[1]!;
      expect(await people[0]!.run(() => deleteMessageAction({ messageId: target.id }))).toMatchObject({ ok: true });
      await sleep(300);
      expect(away.sync.state.messages[1]!.deletedAt).toBeNull(); // it could not hear about it
      line.restore();

      await eventually(() => expect(away.sync.state.messages[1]).toMatchObject({ id: target.id, body: "", deletedAt: expect.any(String) }), 30_000);
    });
  }, 60_000);

  it("loses and duplicates nothing when the database goes away while sending", async () => {
    const people = await Promise.all([actor(), actor()]);
    const conversationId = await channelOf(people);
    const [alice, bob] = people.map((p) => client(p, conversationId));
    await Promise.all([alice!.start(), bob!.start()]);
    const errors = captureLogs("error");
    captureLogs("warn");

    const bodies: string[] = [];
    const outages: Promise<void>[] = [];
    for (let i = 0; i < 80; i++) {
      // Three outages of 0.5–1.5 s, starting at unpredictable points of a send (before, during,
      // or just after its transaction commits).
      if (i === 15 || i === 40 || i === 65) {
        database.cut();
        outages.push(sleep(500 + Math.random() * 1_000).then(() => database.restore()));
      }
      const body = `message ${i}`;
      bodies.push(body);
      (i % 2 === 0 ? alice! : bob!).sync.send(body);
      await sleep(5 + Math.random() * 20);
    }
    await Promise.all(outages);

    await expectAllDelivered([alice!, bob!], bodies, 60_000);
    const stored = await db.message.findMany({ where: { conversationId }, select: { clientId: true, seq: true } });
    expect(stored).toHaveLength(80);
    expect(new Set(stored.map((m) => m.clientId)).size).toBe(80);
    expect((await db.conversation.findUniqueOrThrow({ where: { id: conversationId } })).lastSeq).toBe(80);
    expect(errors().filter((e) => e.includes("server action failed")).length).toBeGreaterThan(0); // sends did fail, and were retried
  }, 90_000);
});
