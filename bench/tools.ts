import "../scripts/lib/outside-next";
import http from "node:http";
import Pusher from "pusher";
import { channelName, type EventPayload, type MessagePayload } from "@/lib/realtime/catalogue";
import { runBench } from "./support/lifecycle";
import { printResult, startRun, writeResult, type BenchResult } from "./support/results";
import { realtimeClient, type RealtimeClient } from "./support/realtime";
import { benchApp, benchDatabase, benchSoketi, buildBenchApp } from "./support/services";
import { ms, ratio, summarize, wallClock, type Summary } from "./support/stats";
import { apiTokens, connect, createCategory, createServer, createUsers, sessionCookies, useAppEnv } from "./support/world";

// Conversation tools, live: a reaction and an edit, each from the call to the other client's event.
// Pairs of users in a channel, each a pusher-js client subscribed like a browser tab (its user
// channel and the conversation's, signed by /api/realtime/auth). In turn, one user of a pair
// reacts (PUT, then DELETE, /api/v1/messages/<id>/reactions) or edits (PATCH /api/v1/messages/<id>)
// through `next start` of a production build, and the time runs until the other user's client has
// reaction.changed or message.updated. Interleaved with them, the same floor as the send
// benchmark's (bench/latency.ts): a plain pg INSERT into "Message" and pusher.trigger() of its
// event, nothing of ours in between.

const PAIRS = Number(process.env.BENCH_TOOLS_PAIRS ?? 6);
const SECONDS = Number(process.env.BENCH_TOOLS_SECONDS ?? 40);
const WARMUP_SECONDS = 10;
/** 250–450 ms between two calls of a pair: each person reacts well under the 60-a-minute limit. */
const thinkMs = () => 250 + Math.random() * 200;
const EVENT_TIMEOUT_MS = 5_000;
/** The same targets as sends (bench/latency.ts): the floor is the same. */
const TARGETS = { p50: 15, p99: 60, p50Ratio: 2 };

type Path = "reaction" | "edit" | "floor";
const PATHS: Path[] = ["reaction", "floor", "edit", "floor"];
type Sample = { path: Path; latencyMs: number | null };

void runBench("tools", 300, async (context) => {
  const finishRun = startRun(() => database.description);
  await buildBenchApp();
  const database = await benchDatabase(context, "tools");
  const soketi = await benchSoketi(context);
  const app = await benchApp(context, { DATABASE_URL: database.url, ...soketi.env });
  useAppEnv({ DATABASE_URL: database.url, ...soketi.env });
  const db = connect(database.url);
  context.defer(() => db.end());

  const users = await createUsers(db, "tools", PAIRS * 2);
  const { conversationIds } = await createServer(db, { id: "tools", categoryId: await createCategory(db, "bench"), members: users, channels: PAIRS * 2 });
  const cookies = await sessionCookies(db, users);
  const tokens = await apiTokens(users);
  const call = async (method: string, path: string, userIndex: number, body?: unknown) => {
    const response = await fetch(`${app.url}/api/v1${path}`, {
      method,
      headers: { authorization: `Bearer ${tokens[userIndex]}`, "content-type": "application/json" },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}: ${await response.text()}`);
    return response.json() as Promise<unknown>;
  };

  // Each pair's channel holds one message of each user: the one the other reacts to, and the one its author edits.
  const pairs = await Promise.all(
    Array.from({ length: PAIRS }, async (_, i) => {
      const conversation = { app: conversationIds[2 * i]!, floor: conversationIds[2 * i + 1]! };
      const messages: string[] = [];
      for (const userIndex of [2 * i, 2 * i + 1]) {
        const sent = (await call("POST", `/conversations/${conversation.app}/messages`, userIndex, { clientId: `tools-${userIndex}`, body: "React to me, or watch me change" })) as MessagePayload;
        messages.push(sent.id);
      }
      return { users: [2 * i, 2 * i + 1], conversation, messages };
    }),
  );

  // Who waits for what: `${user index}/${key}` → called with the arrival time.
  const waiting = new Map<string, (at: number) => void>();
  const arrive = (userIndex: number, key: string) => waiting.get(`${userIndex}/${key}`)?.(wallClock());
  const clients: RealtimeClient[] = [];
  context.defer(() => clients.forEach((c) => c.disconnect()));
  await Promise.all(
    pairs.flatMap((pair) =>
      pair.users.map(async (userIndex) => {
        const client = realtimeClient({ key: soketi.env.PUSHER_KEY, soketiPort: soketi.port, appUrl: app.url, cookie: cookies[userIndex]! });
        clients.push(client);
        await client.subscribe(channelName("user", users[userIndex]!));
        const own = await client.subscribe(channelName("conversation", pair.conversation.app));
        own.bind("reaction.changed", (event: EventPayload<"conversation", "reaction.changed">) => arrive(userIndex, `reaction/${event.messageId}/${event.reacted}`));
        own.bind("message.updated", (event: EventPayload<"conversation", "message.updated">) => arrive(userIndex, `edit/${event.message.body}`));
        (await client.subscribe(channelName("conversation", pair.conversation.floor))).bind("message.created", (event: { message: MessagePayload }) =>
          arrive(userIndex, `floor/${event.message.clientId}`),
        );
      }),
    ),
  );

  const pusher = new Pusher({ appId: soketi.env.PUSHER_APP_ID, key: soketi.env.PUSHER_KEY, secret: soketi.env.PUSHER_SECRET, host: "127.0.0.1", port: String(soketi.port), useTLS: false, agent: new http.Agent({ keepAlive: true }) });
  const floorSeq = new Map<string, number>();
  /** The floor, as bench/latency.ts measures it for sends: one INSERT, one trigger. */
  async function floorSend(conversationId: string, authorIndex: number, clientId: string) {
    const seq = (floorSeq.get(conversationId) ?? 0) + 1;
    floorSeq.set(conversationId, seq);
    const body = "Benchmark floor message";
    const { rows } = await db.query<{ id: string; createdAt: Date }>(
      `INSERT INTO "Message"("id", "conversationId", "seq", "authorId", "clientId", "body", "updatedAt")
       VALUES ($1, $2, $3, $4, $5, $6, now()) RETURNING "id", "createdAt"`,
      [`floor-${clientId}`, conversationId, seq, users[authorIndex], clientId, body],
    );
    const author = { id: users[authorIndex]!, username: users[authorIndex]!, fullName: `Bench User ${authorIndex + 1}`, image: null };
    const message: MessagePayload = { id: rows[0]!.id, conversationId, seq, clientId, author, body, createdAt: rows[0]!.createdAt.toISOString(), editedAt: null, deletedAt: null };
    await pusher.trigger(channelName("conversation", conversationId), "message.created", { message });
  }

  const samples: Sample[] = [];
  const started = Date.now();
  const warmupEnds = started + WARMUP_SECONDS * 1000;
  const ends = warmupEnds + SECONDS * 1000;
  console.log(`${PAIRS} pairs reacting and editing for ${WARMUP_SECONDS} s (warm-up) + ${SECONDS} s…`);

  await Promise.all(
    pairs.map(async (pair, pairIndex) => {
      const reacted = [false, false];
      for (let k = 0; Date.now() < ends; k++) {
        const path = PATHS[k % PATHS.length]!;
        const turn = Math.floor(k / PATHS.length) % 2;
        const [actor, watcher] = [pair.users[turn]!, pair.users[1 - turn]!];
        let key: string;
        let act: () => Promise<unknown>;
        if (path === "reaction") {
          // The actor reacts to the watcher's message, then takes it back next time.
          const messageId = pair.messages[1 - turn]!;
          const add = !reacted[turn];
          reacted[turn] = add;
          key = `reaction/${messageId}/${add}`;
          act = () => (add ? call("PUT", `/messages/${messageId}/reactions`, actor, { emoji: "👍" }) : call("DELETE", `/messages/${messageId}/reactions?emoji=${encodeURIComponent("👍")}`, actor));
        } else if (path === "edit") {
          const body = `Edited ${k} in pair ${pairIndex} (${Math.random().toString(36).slice(2, 8)})`;
          key = `edit/${body}`;
          act = () => call("PATCH", `/messages/${pair.messages[turn]!}`, actor, { body });
        } else {
          const clientId = `tools${pairIndex}x${k}x${Math.random().toString(36).slice(2, 8)}`;
          key = `floor/${clientId}`;
          act = () => floorSend(pair.conversation.floor, actor, clientId);
        }
        const arrived = new Promise<number | null>((resolve) => {
          const timer = setTimeout(() => resolve(null), EVENT_TIMEOUT_MS);
          waiting.set(`${watcher}/${key}`, (at) => {
            clearTimeout(timer);
            resolve(at);
          });
        });
        const t0 = wallClock();
        await act();
        const at = await arrived;
        waiting.delete(`${watcher}/${key}`);
        if (t0 >= warmupEnds) samples.push({ path, latencyMs: at === null ? null : at - t0 });
        await new Promise((r) => setTimeout(r, thinkMs()));
      }
    }),
  );

  const of = (path: Path) => samples.filter((s) => s.path === path);
  const latencies = (path: Path) => of(path).flatMap((s) => (s.latencyMs === null ? [] : [s.latencyMs]));
  const lost = (path: Path) => of(path).filter((s) => s.latencyMs === null).length;
  const stats = { reaction: summarize(latencies("reaction")), edit: summarize(latencies("edit")), floor: summarize(latencies("floor")) };
  const row = (label: string, s: Summary, lostCount: number) => [label, s.count, ms(s.p50), ms(s.p95), ms(s.p99), ms(s.max), lostCount];
  const targets = (["reaction", "edit"] as const).flatMap((path) => [
    target(`${path}: p50`, `< ${TARGETS.p50} ms`, stats[path].p50, TARGETS.p50),
    target(`${path}: p99`, `< ${TARGETS.p99} ms`, stats[path].p99, TARGETS.p99),
    { what: `${path}: p50 against the baseline's`, target: `≤ ${TARGETS.p50Ratio}×`, measured: ratio(stats[path].p50, stats.floor.p50), met: stats[path].p50 <= TARGETS.p50Ratio * stats.floor.p50 },
  ]);

  const result: BenchResult = {
    name: "tools",
    title: "Reactions and edits, live",
    command: "npm run bench:tools",
    method:
      `${PAIRS} pairs of users in channels of one server, each user a pusher-js client subscribed as a browser tab is (user and conversation channels, signed by /api/realtime/auth with a real session). ` +
      `In turn one user of a pair reacts to the other's message (PUT, then DELETE, /api/v1/messages/<id>/reactions) or edits their own (PATCH /api/v1/messages/<id>), bearer token, on \`next start\` of a production build; ` +
      `latency runs from the call until the other client's reaction.changed or message.updated event. Between them, the baseline path of the send benchmark: a pg INSERT into "Message" and pusher.trigger() of its event, nothing of ours in between. ` +
      `${WARMUP_SECONDS} s of warm-up, then ${SECONDS} s measured; clients, callers and servers share the machine's cores.`,
    run: finishRun(),
    tables: [
      {
        caption: "Call → the other client's event (ms)",
        columns: ["path", "calls", "p50", "p95", "p99", "max", "lost"],
        rows: [
          row("reaction: API call → reaction.changed", stats.reaction, lost("reaction")),
          row("edit: API call → message.updated", stats.edit, lost("edit")),
          row("baseline: pg INSERT + pusher.trigger", stats.floor, lost("floor")),
          ["ratio reaction / baseline", "", ratio(stats.reaction.p50, stats.floor.p50), ratio(stats.reaction.p95, stats.floor.p95), ratio(stats.reaction.p99, stats.floor.p99), "", ""],
          ["ratio edit / baseline", "", ratio(stats.edit.p50, stats.floor.p50), ratio(stats.edit.p95, stats.floor.p95), ratio(stats.edit.p99, stats.floor.p99), "", ""],
        ],
      },
    ],
    targets,
    charts: [],
    notes: lost("reaction") + lost("edit") + lost("floor") > 0 ? [`${lost("reaction") + lost("edit") + lost("floor")} events did not arrive within ${EVENT_TIMEOUT_MS / 1000} s.`] : [],
  };
  writeResult(result);
  printResult(result);
});

function target(what: string, goal: string, value: number, limit: number) {
  const met = value < limit;
  return { what, target: goal, measured: `${ms(value)} ms`, met, ...(met ? {} : { note: `over by ${ms(value - limit)} ms (${ratio(value, limit)} of the target)` }) };
}
