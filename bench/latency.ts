import "../scripts/lib/outside-next";
import http from "node:http";
import os from "node:os";
import Pusher from "pusher";
import { channelName, type MessagePayload } from "@/lib/realtime/catalogue";
import { runBench } from "./support/lifecycle";
import { machineMeter, meter } from "./support/proc";
import { countStatements } from "./support/queries";
import { printResult, startRun, writeChart, writeResult, type BenchResult } from "./support/results";
import { realtimeClient, type RealtimeClient } from "./support/realtime";
import { benchApp, benchDatabase, benchSoketi, buildBenchApp } from "./support/services";
import { ms, ratio, summarize, wallClock, type Summary } from "./support/stats";
import { lineChart } from "./support/svg";
import { apiTokens, connect, createCategory, createServer, createUsers, sessionCookies, useAppEnv } from "./support/world";

// Delivery latency: pairs of users in a channel, each a pusher-js client subscribed like a browser
// tab on the channel page (its user channel, the conversation and its presence channel, signed by
// /api/realtime/auth). In each pair one user sends through the real send path — POST
// /api/v1/conversations/<id>/messages on `next start` of a production build — and the time runs
// from that call until the other user's client has the message.created event. Interleaved with
// it, message for message, the floor: a plain pg INSERT into "Message" and pusher.trigger() of the
// same event, with nothing of ours in between, to a second channel the same clients listen to.

const PAIRS = Number(process.env.BENCH_LATENCY_PAIRS ?? 10);
const SECONDS = Number(process.env.BENCH_LATENCY_SECONDS ?? 40);
const WARMUP_SECONDS = 10;
/** Pause between two messages of a pair: 100–300 ms, so about 5 messages per second per pair. */
const thinkMs = () => 100 + Math.random() * 200;
const RECEIPT_TIMEOUT_MS = 5_000;
const TARGETS = { p50: 15, p99: 60, p50Ratio: 2 };
/** Sends made in-process through the same route handler, counting their SQL statements. */
const CALIBRATION_SENDS = 20;

type Path = "app" | "floor";
type Sample = { path: Path; latencyMs: number | null; responseMs?: number };

void runBench("latency", 300, async (context) => {
  const finishRun = startRun(() => database.description);
  await buildBenchApp();
  const database = await benchDatabase(context, "latency");
  const soketi = await benchSoketi(context);
  const app = await benchApp(context, { DATABASE_URL: database.url, ...soketi.env });
  useAppEnv({ DATABASE_URL: database.url, ...soketi.env });
  const db = connect(database.url);
  context.defer(() => db.end());

  const users = await createUsers(db, "lat", PAIRS * 2 + 1); // the last one sends the calibration messages
  const { conversationIds } = await createServer(db, { id: "latency", categoryId: await createCategory(db, "bench"), members: users, channels: PAIRS * 2 });
  const cookies = await sessionCookies(db, users);
  const tokens = await apiTokens(users);
  const pairs = Array.from({ length: PAIRS }, (_, i) => ({
    users: [2 * i, 2 * i + 1],
    conversation: { app: conversationIds[2 * i]!, floor: conversationIds[2 * i + 1]! },
  }));

  // Who waits for which message: `${user index}/${clientId}` → called with the arrival time.
  const waiting = new Map<string, (at: number) => void>();
  const clients: RealtimeClient[] = [];
  context.defer(() => clients.forEach((c) => c.disconnect()));
  await Promise.all(
    pairs.flatMap((pair) =>
      pair.users.map(async (userIndex) => {
        const client = realtimeClient({ key: soketi.env.PUSHER_KEY, soketiPort: soketi.port, appUrl: app.url, cookie: cookies[userIndex]! });
        clients.push(client);
        const onMessage = (event: { message: MessagePayload }) => waiting.get(`${userIndex}/${event.message.clientId}`)?.(wallClock());
        await client.subscribe(channelName("user", users[userIndex]!));
        for (const id of [pair.conversation.app, pair.conversation.floor]) (await client.subscribe(channelName("conversation", id))).bind("message.created", onMessage);
        await client.subscribe(`presence-conversation-${pair.conversation.app}`);
      }),
    ),
  );

  const pusher = new Pusher({ appId: soketi.env.PUSHER_APP_ID, key: soketi.env.PUSHER_KEY, secret: soketi.env.PUSHER_SECRET, host: "127.0.0.1", port: String(soketi.port), useTLS: false, agent: new http.Agent({ keepAlive: true }) });
  const floorSeq = new Map<string, number>();

  /** The floor: what any send costs at least — one INSERT, one trigger. */
  async function floorSend(conversationId: string, authorIndex: number, clientId: string, body: string) {
    const seq = (floorSeq.get(conversationId) ?? 0) + 1;
    floorSeq.set(conversationId, seq);
    const { rows } = await db.query<{ id: string; createdAt: Date }>(
      `INSERT INTO "Message"("id", "conversationId", "seq", "authorId", "clientId", "body", "updatedAt")
       VALUES ($1, $2, $3, $4, $5, $6, now()) RETURNING "id", "createdAt"`,
      [`floor-${clientId}`, conversationId, seq, users[authorIndex], clientId, body],
    );
    const author = { id: users[authorIndex]!, username: users[authorIndex]!, fullName: `Bench User ${authorIndex + 1}`, image: null };
    const message: MessagePayload = { id: rows[0]!.id, conversationId, seq, clientId, author, body, createdAt: rows[0]!.createdAt.toISOString(), editedAt: null, deletedAt: null };
    await pusher.trigger(channelName("conversation", conversationId), "message.created", { message });
  }

  async function appSend(conversationId: string, authorIndex: number, clientId: string, body: string) {
    const response = await fetch(`${app.url}/api/v1/conversations/${conversationId}/messages`, {
      method: "POST",
      headers: { authorization: `Bearer ${tokens[authorIndex]}`, "content-type": "application/json" },
      body: JSON.stringify({ clientId, body }),
    });
    if (response.status !== 201) throw new Error(`send answered ${response.status}: ${await response.text()}`);
  }

  const samples: Sample[] = [];
  const started = Date.now();
  const warmupEnds = started + WARMUP_SECONDS * 1000;
  const ends = warmupEnds + SECONDS * 1000;
  console.log(`${PAIRS} pairs sending for ${WARMUP_SECONDS} s (warm-up) + ${SECONDS} s…`);

  const meters = new Promise<{ app: ReturnType<typeof meter>; ours: ReturnType<typeof meter>; machine: ReturnType<typeof machineMeter> }>((resolve) =>
    setTimeout(() => {
      const ourPids = () => [...app.pids(), ...soketi.pids(), ...database.pids(), process.pid];
      resolve({ app: meter(app.pids), ours: meter(ourPids), machine: machineMeter() });
    }, warmupEnds - Date.now()),
  );
  await Promise.all(
    pairs.map(async (pair, pairIndex) => {
      for (let k = 0; Date.now() < ends; k++) {
        const path: Path = k % 2 === 0 ? "app" : "floor";
        const turn = Math.floor(k / 2) % 2;
        const [sender, receiver] = [pair.users[turn]!, pair.users[1 - turn]!];
        const clientId = `lat${pairIndex}x${k}x${Math.random().toString(36).slice(2, 8)}`;
        const body = `Benchmark message ${k} from pair ${pairIndex}: how long until the other side has it?`;
        const arrived = new Promise<number | null>((resolve) => {
          const timer = setTimeout(() => resolve(null), RECEIPT_TIMEOUT_MS);
          waiting.set(`${receiver}/${clientId}`, (at) => {
            clearTimeout(timer);
            resolve(at);
          });
        });
        const t0 = wallClock();
        if (path === "app") await appSend(pair.conversation.app, sender, clientId, body);
        else await floorSend(pair.conversation.floor, sender, clientId, body);
        const responseMs = wallClock() - t0;
        const at = await arrived;
        waiting.delete(`${receiver}/${clientId}`);
        if (t0 >= warmupEnds) samples.push({ path, latencyMs: at === null ? null : at - t0, responseMs: path === "app" ? responseMs : undefined });
        await new Promise((r) => setTimeout(r, thinkMs()));
      }
    }),
  );

  const { app: appMeter, ours: ourMeter, machine } = await meters;
  const appUsage = appMeter.stop();
  const otherCpuPercent = Math.max(0, machine.stop() - ourMeter.stop().cpuPercent);

  // Why the paths differ: SQL statements per message, counted on the same code in this process.
  const { POST } = await import("@/app/api/v1/conversations/[conversationId]/messages/route");
  const calibrator = users.length - 1;
  const calibration = pairs[0]!.conversation;
  const appStatements =
    (await countStatements(async () => {
      for (let i = 0; i < CALIBRATION_SENDS; i++) {
        const request = new Request(`${app.url}/api/v1/conversations/${calibration.app}/messages`, {
          method: "POST",
          headers: { authorization: `Bearer ${tokens[calibrator]}`, "content-type": "application/json" },
          body: JSON.stringify({ clientId: `calibration${i}x`, body: "calibration" }),
        });
        const response = await POST(request, { params: Promise.resolve({ conversationId: calibration.app }) });
        if (response.status !== 201) throw new Error(`calibration send answered ${response.status}`);
      }
    })) / CALIBRATION_SENDS;
  const floorStatements =
    (await countStatements(async () => {
      for (let i = 0; i < CALIBRATION_SENDS; i++) await floorSend(calibration.floor, calibrator, `calibration${i}y`, "calibration");
    })) / CALIBRATION_SENDS;

  const of = (path: Path) => samples.filter((s) => s.path === path);
  const latencies = (path: Path) => of(path).flatMap((s) => (s.latencyMs === null ? [] : [s.latencyMs]));
  const lost = (path: Path) => of(path).filter((s) => s.latencyMs === null).length;
  const appStats = summarize(latencies("app"));
  const floorStats = summarize(latencies("floor"));
  const responseStats = summarize(of("app").map((s) => s.responseMs!));
  const row = (label: string, s: Summary, lostCount: number | string) => [label, s.count, ms(s.p50), ms(s.p95), ms(s.p99), ms(s.max), lostCount];

  const chart = writeChart(
    "latency.svg",
    lineChart({
      title: "Delivery latency: send call → receipt by the other client",
      xLabel: "latency (ms, log scale)",
      yLabel: "percent of messages delivered within",
      logX: true,
      yMax: 100,
      series: [
        { name: "app (POST /api/v1 … /messages)", points: cdf(latencies("app")) },
        { name: "baseline: pg INSERT + pusher.trigger", points: cdf(latencies("floor")), dashed: true },
      ],
      guides: [{ y: 50, label: "p50" }, { y: 99, label: "p99" }],
    }),
  );

  const result: BenchResult = {
    name: "latency",
    title: "Delivery latency",
    command: "npm run bench:latency",
    method:
      `${PAIRS} pairs of users, each a pusher-js client subscribed as a browser tab on the channel page is (user, conversation and presence channels, signed by /api/realtime/auth with a real session). ` +
      `In each pair the users take turns sending through the real send path, POST /api/v1/conversations/<id>/messages (bearer token) on \`next start\` of a production build, about 5 messages per second per pair; ` +
      `latency runs from the call until the other client's message.created event. Every other message takes the baseline path instead: a pg INSERT into "Message" and pusher.trigger() of the same event, nothing of ours in between. ` +
      `${WARMUP_SECONDS} s of warm-up, then ${SECONDS} s measured; clients, senders and servers share the machine's cores.`,
    run: finishRun(),
    tables: [
      {
        caption: "Send call → receipt by the other client (ms)",
        columns: ["path", "messages", "p50", "p95", "p99", "max", "lost"],
        rows: [
          row("app: API send → Soketi → client", appStats, lost("app")),
          row("baseline: pg INSERT + pusher.trigger", floorStats, lost("floor")),
          ["ratio app / baseline", "", ratio(appStats.p50, floorStats.p50), ratio(appStats.p95, floorStats.p95), ratio(appStats.p99, floorStats.p99), "", ""],
          row("app: send call → HTTP 201 answer", responseStats, ""),
        ],
      },
    ],
    targets: [
      target("p50 delivery latency", `< ${TARGETS.p50} ms`, appStats.p50, TARGETS.p50),
      target("p99 delivery latency", `< ${TARGETS.p99} ms`, appStats.p99, TARGETS.p99),
      {
        what: "p50 against the baseline's",
        target: `≤ ${TARGETS.p50Ratio}×`,
        measured: ratio(appStats.p50, floorStats.p50),
        met: appStats.p50 <= TARGETS.p50Ratio * floorStats.p50,
      },
    ],
    charts: [{ path: chart, alt: "Cumulative distribution of delivery latency, app and baseline" }],
    notes: [
      `Where the app's time goes: ${appStatements.toFixed(1)} SQL statements per message (the baseline: ${floorStatements.toFixed(1)}), counted over ${CALIBRATION_SENDS} in-process calls of the same route handler; ` +
        `next start spent ${((appUsage.cpuSeconds * 1000) / Math.max(1, of("app").length)).toFixed(1)} ms of CPU per message sent during the measurement (Next.js request handling, bearer-token verification, validation of input, output and event, the queries, the trigger). ` +
        `The baseline spends none of that: one INSERT and one trigger from a warm process. ` +
        `Meanwhile other processes on the machine (not this benchmark's) used ${otherCpuPercent}% of a core on average, of ${os.cpus().length * 100}%.`,
      ...(lost("app") + lost("floor") > 0 ? [`${lost("app") + lost("floor")} messages did not arrive within ${RECEIPT_TIMEOUT_MS / 1000} s.`] : []),
    ],
  };
  writeResult(result);
  printResult(result);
});

function target(what: string, goal: string, value: number, limit: number) {
  const met = value < limit;
  return { what, target: goal, measured: `${ms(value)} ms`, met, ...(met ? {} : { note: `over by ${ms(value - limit)} ms (${ratio(value, limit)} of the target)` }) };
}

/** Points of the cumulative distribution (x: latency, y: percent), at most ~200 of them. */
function cdf(values: number[]): [number, number][] {
  const sorted = [...values].sort((a, b) => a - b);
  const step = Math.max(1, Math.floor(sorted.length / 200));
  const points: [number, number][] = [];
  for (let i = 0; i < sorted.length; i += step) points.push([sorted[i]!, ((i + 1) / sorted.length) * 100]);
  if (sorted.length > 0) points.push([sorted.at(-1)!, 100]);
  return points;
}
