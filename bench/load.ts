import "../scripts/lib/outside-next";
import { fork, type ChildProcess } from "node:child_process";
import os from "node:os";
import path from "node:path";
import { monitorEventLoopDelay } from "node:perf_hooks";
import http from "node:http";
import Pusher from "pusher";
import { channelName } from "@/lib/realtime/catalogue";
import { runBench } from "./support/lifecycle";
import { stampedBody, type FromClients, type LoadClient, type Receipt, type ToClients } from "./support/load-clients";
import { machineMeter, meter, type Usage } from "./support/proc";
import { printResult, startRun, writeChart, writeResult, type BenchResult } from "./support/results";
import { benchApp, benchDatabase, benchSoketi, buildBenchApp } from "./support/services";
import { ms, ratio, summarize, wallClock, type Summary } from "./support/stats";
import { lineChart } from "./support/svg";
import { apiTokens, connect, createCategory, createServer, createUsers, sessionCookies, useAppEnv } from "./support/world";

// Throughput and concurrency: thousands of pusher-js clients, each a browser tab open on one of
// hundreds of channel pages (user, conversation and presence channels, every subscription signed
// by /api/realtime/auth), held by a few child processes. Messages go out at a fixed rate through
// the real send API (POST /api/v1/conversations/<id>/messages on `next start`), spread evenly over
// the channels; every client of a channel must get each of them exactly once. Then the same rate
// through the floor (pg INSERT + pusher.trigger, nothing of ours), and a short step search for the
// highest rate that keeps p99 delivery latency under the target.

const env = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
const CLIENTS = env("BENCH_LOAD_CLIENTS", 5000);
const CHANNELS = env("BENCH_LOAD_CHANNELS", 500);
const CHANNELS_PER_SERVER = 10;
const RATE = env("BENCH_LOAD_RATE", 200);
const SECONDS = env("BENCH_LOAD_SECONDS", 60);
const BASELINE_SECONDS = env("BENCH_LOAD_BASELINE_SECONDS", 15);
const STEP_SECONDS = env("BENCH_LOAD_STEP_SECONDS", 10);
const PROCESSES = env("BENCH_LOAD_PROCESSES", 2);
const P99_TARGET_MS = 150;
const MAX_IN_FLIGHT = 2000;
const DRAIN_MS = 3_000;

type Phase = { name: string; path: "app" | "floor"; rate: number; seconds: number };
type Sent = { channel: number; phase: string };
type PhaseResult = Phase & {
  sent: number;
  /** Sends the benchmark held back: MAX_IN_FLIGHT requests were already waiting for answers. */
  notSent: number;
  /** Sends answered with an error (by status, or "network"): not stored, a client would retry. */
  failed: number;
  failures: Record<string, number>;
  expected: number;
  delivered: number;
  lost: number;
  duplicated: number;
  latency: Summary;
  achievedRate: number;
  loopDelayP99: number;
  disconnects: number;
  usage: Record<string, Usage>;
  /** next start's CPU time per stored message (ms), for the app path. */
  appCpuMsPerSend: number;
  /** CPU used by every other process on the machine meanwhile (other people's work), % of one core. */
  otherCpuPercent: number;
};

void runBench("load", 480, async (context) => {
  const finishRun = startRun(() => database.description);
  await buildBenchApp();
  const database = await benchDatabase(context, "load");
  const clientsTotal = database.embedded ? Math.min(CLIENTS, 1000) : CLIENTS;
  const channelsTotal = database.embedded ? Math.min(CHANNELS, 100) : CHANNELS;
  const viewersPerChannel = clientsTotal / channelsTotal;
  const servers = channelsTotal / CHANNELS_PER_SERVER;
  const soketi = await benchSoketi(context);
  const app = await benchApp(context, { DATABASE_URL: database.url, ...soketi.env });
  useAppEnv({ DATABASE_URL: database.url, ...soketi.env });
  const db = connect(database.url, 8);
  context.defer(() => db.end());

  // Client i watches channel i % channelsTotal; its server's members are exactly its channels' viewers.
  console.log(`creating ${clientsTotal} users in ${servers} servers of ${CHANNELS_PER_SERVER} channels…`);
  const users = await createUsers(db, "ld", clientsTotal);
  const categoryId = await createCategory(db, "bench");
  const conversationOf: string[] = [];
  for (let s = 0; s < servers; s++) {
    const channels = Array.from({ length: CHANNELS_PER_SERVER }, (_, c) => s * CHANNELS_PER_SERVER + c);
    const members = users.filter((_, i) => channels.includes(i % channelsTotal));
    const { conversationIds } = await createServer(db, { id: `lds${s}`, categoryId, members, channels: CHANNELS_PER_SERVER });
    conversationIds.forEach((id, c) => (conversationOf[s * CHANNELS_PER_SERVER + c] = id));
  }
  const cookies = await sessionCookies(db, users);
  // Each channel's sender: its first viewer (client index = channel index).
  const senderTokens = await apiTokens(users.slice(0, channelsTotal));

  // The clients, in child processes.
  const children: ChildProcess[] = [];
  context.defer(() => children.forEach((child) => child.kill("SIGKILL")));
  const receipts = new Map<string, Map<number, number>>(); // clientId → client index → count
  const latencies = new Map<string, number[]>(); // phase → latency of each first receipt
  const sent = new Map<string, Sent>();
  let loopReports: { p99: number; max: number }[] = [];
  let disconnects = 0;
  const onMessage = (message: FromClients) => {
    if (message.type === "receipts") record(message.receipts);
    if (message.type === "loop-delay") loopReports.push(message);
    if (message.type === "disconnects") disconnects += message.count;
  };
  const record = (batch: Receipt[]) => {
    for (const [client, clientId, latency] of batch) {
      const byClient = receipts.get(clientId) ?? new Map<number, number>();
      receipts.set(clientId, byClient);
      const count = (byClient.get(client) ?? 0) + 1;
      byClient.set(client, count);
      const phase = sent.get(clientId)?.phase;
      if (count === 1 && phase) latencies.get(phase)?.push(latency);
    }
  };
  const clientSpecs: LoadClient[] = users.map((userId, index) => ({ index, userId, conversationId: conversationOf[index % channelsTotal]!, cookie: cookies[index]! }));
  console.log(`connecting ${clientsTotal} clients from ${PROCESSES} processes…`);
  const rampStarted = performance.now();
  const connected = await Promise.all(
    Array.from({ length: PROCESSES }, (_, p) => {
      const child = fork(path.join(__dirname, "support/load-clients.ts"), [], { execArgv: ["--import", "tsx"], stdio: ["ignore", "inherit", "inherit", "ipc"] });
      children.push(child);
      child.on("message", onMessage);
      const share = clientSpecs.filter((_, i) => i % PROCESSES === p);
      const start: ToClients = { type: "connect", clients: share, key: soketi.env.PUSHER_KEY, soketiPort: soketi.port, appUrl: app.url, concurrency: 40 };
      child.send(start);
      return new Promise<Extract<FromClients, { type: "connected" }>>((resolve) =>
        child.on("message", (message: FromClients) => message.type === "connected" && resolve(message)),
      );
    }),
  );
  const rampSeconds = (performance.now() - rampStarted) / 1000;
  const connectStats = summarize(connected.flatMap((c) => c.connectMs));
  const failedClients = connected.reduce((sum, c) => sum + c.failed, 0);
  console.log(`${connectStats.count} clients connected in ${rampSeconds.toFixed(1)} s (${failedClients} failed${failedClients ? `: ${connected.flatMap((c) => c.errors)[0]}` : ""})`);
  if (failedClients > clientsTotal / 100) throw new Error(`${failedClients} clients could not connect`);

  const pusher = new Pusher({ appId: soketi.env.PUSHER_APP_ID, key: soketi.env.PUSHER_KEY, secret: soketi.env.PUSHER_SECRET, host: "127.0.0.1", port: String(soketi.port), useTLS: false, agent: new http.Agent({ keepAlive: true }) });
  const mainLoop = monitorEventLoopDelay({ resolution: 10 });
  mainLoop.enable();

  /** "ok", or why the message was not stored (an HTTP status, "network"). */
  async function sendOne(phase: Phase, channel: number, clientId: string): Promise<string> {
    const conversationId = conversationOf[channel]!;
    const body = stampedBody(clientId, wallClock());
    if (phase.path === "app") {
      const response = await fetch(`${app.url}/api/v1/conversations/${conversationId}/messages`, {
        method: "POST",
        headers: { authorization: `Bearer ${senderTokens[channel]}`, "content-type": "application/json" },
        body: JSON.stringify({ clientId, body }),
      });
      await response.arrayBuffer();
      return response.status === 201 ? "ok" : String(response.status);
    }
    // The floor: the app's own single statement (seq bump + insert), then the trigger.
    const { rows } = await db.query(
      `WITH bumped AS (UPDATE "Conversation" SET "lastSeq" = "lastSeq" + 1 WHERE "id" = $1 RETURNING "lastSeq")
       INSERT INTO "Message"("id", "conversationId", "seq", "authorId", "clientId", "body", "updatedAt")
       SELECT 'f' || $2, $1, bumped."lastSeq", $3, $2, $4, now() FROM bumped RETURNING "id", "seq", "createdAt"`,
      [conversationId, clientId, users[channel], body],
    );
    const author = { id: users[channel]!, username: users[channel]!, fullName: `Bench User ${channel + 1}`, image: null };
    const message = { id: rows[0].id, conversationId, seq: rows[0].seq, clientId, author, body, createdAt: rows[0].createdAt.toISOString(), editedAt: null, deletedAt: null };
    const response = await pusher.trigger(channelName("conversation", conversationId), "message.created", { message });
    return response.status === 200 ? "ok" : String(response.status);
  }

  async function run(phase: Phase): Promise<PhaseResult> {
    console.log(`${phase.name}: ${phase.rate} msg/s for ${phase.seconds} s through ${phase.path === "app" ? "the send API" : "the floor"}…`);
    latencies.set(phase.name, []);
    const ids: string[] = [];
    const failures: Record<string, number> = {};
    let notSent = 0;
    let inFlight = 0;
    const machine = machineMeter();
    const meters = {
      "next start": meter(app.pids),
      Soketi: meter(soketi.pids),
      PostgreSQL: meter(database.pids),
      "clients (benchmark processes)": meter(() => [process.pid, ...children.map((c) => c.pid!)]),
    };
    disconnects = 0;
    loopReports = [];
    mainLoop.reset();
    const started = performance.now();
    const total = Math.round(phase.rate * phase.seconds);
    const inFlightDone: Promise<unknown>[] = [];
    let offset = Math.floor(Math.random() * channelsTotal);
    while (ids.length < total) {
      const due = Math.min(total, Math.floor(((performance.now() - started) / 1000) * phase.rate));
      while (ids.length < due) {
        const channel = offset++ % channelsTotal;
        const clientId = `${phase.name}x${ids.length}x${Math.random().toString(36).slice(2, 8)}`;
        ids.push(clientId);
        if (inFlight >= MAX_IN_FLIGHT) {
          notSent++;
          continue;
        }
        sent.set(clientId, { channel, phase: phase.name });
        inFlight++;
        inFlightDone.push(
          sendOne(phase, channel, clientId)
            .catch(() => "network")
            .then((outcome) => outcome === "ok" || (failures[outcome] = (failures[outcome] ?? 0) + 1))
            .finally(() => inFlight--),
        );
      }
      await new Promise((r) => setTimeout(r, 5));
    }
    await Promise.all(inFlightDone);
    const sendSeconds = (performance.now() - started) / 1000;
    await new Promise((r) => setTimeout(r, DRAIN_MS));
    const usage = Object.fromEntries(Object.entries(meters).map(([name, m]) => [name, m.stop()]));
    const ours = Object.values(usage).reduce((sum, u) => sum + u.cpuPercent, 0);
    const otherCpuPercent = Math.max(0, machine.stop() - ours);
    children.forEach((child) => child.send({ type: "loop-delay" } satisfies ToClients));
    await new Promise((r) => setTimeout(r, 300));

    let delivered = 0;
    let duplicated = 0;
    for (const id of ids) {
      for (const count of receipts.get(id)?.values() ?? []) {
        delivered++;
        duplicated += count - 1;
      }
    }
    const failed = Object.values(failures).reduce((sum, n) => sum + n, 0);
    const stored = ids.length - notSent - failed;
    const expected = stored * viewersPerChannel;
    return {
      ...phase,
      sent: ids.length - notSent,
      notSent,
      failed,
      failures,
      appCpuMsPerSend: (usage["next start"]!.cpuSeconds * 1000) / Math.max(1, stored),
      expected,
      delivered,
      lost: Math.max(0, expected - delivered),
      duplicated,
      latency: summarize(latencies.get(phase.name)!),
      achievedRate: Math.round(stored / sendSeconds),
      loopDelayP99: Math.max(mainLoop.percentile(99) / 1e6, ...loopReports.map((r) => r.p99)),
      disconnects,
      usage,
      otherCpuPercent,
    };
  }

  await run({ name: "warmup", path: "app", rate: Math.min(50, RATE), seconds: 5 }); // JIT and pools warm; not reported
  const main = await run({ name: "main", path: "app", rate: RATE, seconds: SECONDS });
  const baseline = await run({ name: "baseline", path: "floor", rate: RATE, seconds: BASELINE_SECONDS });

  // Step search: double while p99 holds (else halve) until the other side, then try the middle once.
  const steps: PhaseResult[] = [];
  const passes = (r: PhaseResult) => r.latency.p99 < P99_TARGET_MS && r.lost === 0 && r.failed === 0 && r.notSent === 0;
  const tried = () => [main, ...steps];
  const timeLeft = () => context.remainingMs() > (STEP_SECONDS + 40) * 1000;
  const up = passes(main);
  for (let rate = up ? RATE * 2 : RATE / 2; (up ? rate <= RATE * 8 : rate >= RATE / 8) && timeLeft(); rate = up ? rate * 2 : rate / 2) {
    const step = await run({ name: `step${rate}`, path: "app", rate, seconds: STEP_SECONDS });
    steps.push(step);
    if (passes(step) !== up) break;
  }
  const highestPassing = () => Math.max(0, ...tried().filter(passes).map((r) => r.rate));
  const lowestFailingAbove = () => Math.min(Infinity, ...tried().filter((r) => !passes(r) && r.rate > highestPassing()).map((r) => r.rate));
  const middle = Math.round((highestPassing() + lowestFailingAbove()) / 2 / 10) * 10;
  if (highestPassing() > 0 && Number.isFinite(lowestFailingAbove()) && middle > highestPassing() && middle < lowestFailingAbove() && timeLeft()) {
    steps.push(await run({ name: `step${middle}`, path: "app", rate: middle, seconds: STEP_SECONDS }));
  }
  const highest = highestPassing() || null;
  const bound = Number.isFinite(lowestFailingAbove()) ? lowestFailingAbove() : null;

  const phaseRow = (label: string, r: PhaseResult) => [
    label,
    r.sent,
    failedText(r),
    r.delivered,
    r.lost,
    r.duplicated,
    ms(r.latency.p50),
    ms(r.latency.p95),
    ms(r.latency.p99),
    ms(r.latency.max),
    ms(r.loopDelayP99),
  ];
  const phaseColumns = ["phase", "sent", "not stored", "delivered", "lost", "duplicated", "p50 ms", "p95 ms", "p99 ms", "max ms", "client loop delay p99 ms"];
  const usageRows = [
    ...Object.keys(main.usage).map((name) => [name, `${main.usage[name]!.cpuPercent}%`, main.usage[name]!.peakRssMiB, `${baseline.usage[name]!.cpuPercent}%`, baseline.usage[name]!.peakRssMiB]),
    ["other processes on the machine", `${main.otherCpuPercent}%`, "", `${baseline.otherCpuPercent}%`, ""],
  ];
  const all = [main, ...steps].sort((a, b) => a.rate - b.rate);
  const chart = writeChart(
    "load.svg",
    lineChart({
      title: `Delivery latency by send rate (${clientsTotal.toLocaleString("en")} clients, ${channelsTotal} channels)`,
      xLabel: "messages sent per second (through the send API)",
      yLabel: "delivery latency (ms, log scale)",
      logY: true,
      series: [
        { name: "p99", points: all.map((r) => [r.rate, r.latency.p99]) },
        { name: "p50", points: all.map((r) => [r.rate, r.latency.p50]), dashed: true },
      ],
      guides: [{ y: P99_TARGET_MS, label: `p99 target ${P99_TARGET_MS} ms` }],
    }),
  );

  const result: BenchResult = {
    name: "load",
    title: "Throughput and concurrency",
    command: "npm run bench:load",
    method:
      `${clientsTotal.toLocaleString("en")} pusher-js clients (held by ${PROCESSES} child processes) over ${channelsTotal} channels in ${servers} servers: each is a browser tab on a channel page, subscribed to its user channel, the conversation and its presence channel (the product shows live presence in channels of up to 100 members; these have ${clientsTotal / servers}), every subscription signed by /api/realtime/auth with a real session. ` +
      `Messages go out at a fixed rate through POST /api/v1/conversations/<id>/messages on \`next start\`, evenly over the channels (one sender per channel); each of a channel's ${viewersPerChannel} clients must get each message exactly once. ` +
      `Latency: from the send call to each client's receipt (wall clock written in the message). Baseline: the same rate with the app left out (pg INSERT with the same seq bump + pusher.trigger). ` +
      `Then a step search (${STEP_SECONDS} s per rate, doubling or halving, then the middle of the last interval) for the highest rate with p99 < ${P99_TARGET_MS} ms, no loss and no failed send. CPU in % of one core (the machine has ${os.cpus().length}).`,
    run: finishRun(),
    tables: [
      {
        caption: "Ramp",
        columns: ["clients", "channels", "subscriptions", "ramp (s)", "connect + 3 subscriptions p50 ms", "p95 ms", "p99 ms", "failed clients"],
        rows: [[clientsTotal, channelsTotal, clientsTotal * 3, rampSeconds.toFixed(1), ms(connectStats.p50), ms(connectStats.p95), ms(connectStats.p99), failedClients]],
      },
      {
        caption: `${RATE} msg/s: ${SECONDS} s through the app, ${BASELINE_SECONDS} s through the baseline`,
        columns: phaseColumns,
        rows: [
          phaseRow(`app, ${RATE} msg/s`, main),
          phaseRow(`baseline, ${RATE} msg/s`, baseline),
          ["ratio app / baseline", "", "", "", "", "", ratio(main.latency.p50, baseline.latency.p50), ratio(main.latency.p95, baseline.latency.p95), ratio(main.latency.p99, baseline.latency.p99), "", ""],
        ],
      },
      {
        caption: `Server and client resources at ${RATE} msg/s (CPU: % of one core; memory: peak RSS)`,
        columns: ["process", "app phase CPU", "app phase MiB", "baseline phase CPU", "baseline phase MiB"],
        rows: usageRows,
      },
      {
        caption: "Step search",
        columns: ["rate (msg/s)", "stored per s", "sent", "not stored", "lost", "duplicated", "p50 ms", "p99 ms", "next start CPU", "its CPU ms per message", "PostgreSQL CPU", "Soketi CPU", "other processes CPU", `p99 < ${P99_TARGET_MS} ms`],
        rows: all.map((r) => [
          r.rate,
          r.achievedRate,
          r.sent,
          failedText(r),
          r.lost,
          r.duplicated,
          ms(r.latency.p50),
          ms(r.latency.p99),
          `${r.usage["next start"]!.cpuPercent}%`,
          r.appCpuMsPerSend.toFixed(1),
          `${r.usage.PostgreSQL!.cpuPercent}%`,
          `${r.usage.Soketi!.cpuPercent}%`,
          `${r.otherCpuPercent}%`,
          passes(r) ? "yes" : "no",
        ]),
      },
    ],
    targets: [
      { what: `messages lost at ${RATE} msg/s`, target: "0", measured: String(main.lost), met: main.lost === 0 },
      { what: `messages duplicated at ${RATE} msg/s`, target: "0", measured: String(main.duplicated), met: main.duplicated === 0 },
      {
        what: `p99 delivery latency at ${RATE} msg/s`,
        target: `< ${P99_TARGET_MS} ms`,
        measured: `${ms(main.latency.p99)} ms`,
        met: main.latency.p99 < P99_TARGET_MS,
        ...(main.latency.p99 < P99_TARGET_MS ? {} : { note: `over by ${ms(main.latency.p99 - P99_TARGET_MS)} ms; why: see the notes below` }),
      },
      {
        what: `highest send rate with p99 < ${P99_TARGET_MS} ms`,
        target: "stated",
        measured: highest === null ? `below ${Math.min(...all.map((r) => r.rate))} msg/s` : `${highest} msg/s${bound ? ` (${bound} msg/s missed)` : " (the highest tried)"}`,
        met: true,
      },
    ],
    charts: [{ path: chart, alt: "p50 and p99 delivery latency by send rate" }],
    notes: [
      ...(passes(main) ? [] : [overloadNote(main, baseline)]),
      ...(main.disconnects > 0 ? [`${main.disconnects} client connections dropped during the ${RATE} msg/s phase.`] : []),
      ...(clientsTotal < CLIENTS || channelsTotal < CHANNELS ? [`Embedded PGlite: ${clientsTotal} clients and ${channelsTotal} channels instead of ${CLIENTS} and ${CHANNELS}.`] : []),
    ],
  };
  writeResult(result);
  printResult(result);
  children.forEach((child) => child.send({ type: "stop" } satisfies ToClients));
});

/** "0", or how many messages were not stored and why: "3836 (over 2000 in flight: 3836)". */
function failedText(r: PhaseResult): string {
  const reasons = [...Object.entries(r.failures).map(([why, n]) => `${why === "network" ? "no answer" : `HTTP ${why}`}: ${n}`), ...(r.notSent ? [`over ${MAX_IN_FLIGHT} in flight: ${r.notSent}`] : [])];
  return reasons.length ? `${r.failed + r.notSent} (${reasons.join(", ")})` : "0";
}

/** Why a rate was too much, in the phase's own figures. */
function overloadNote(r: PhaseResult, baseline: PhaseResult): string {
  const cpu = (name: string) => r.usage[name]!.cpuPercent;
  const cores = os.cpus().length;
  return (
    `At ${r.rate} msg/s the app stored ${r.achievedRate} per second. next start spent ${r.appCpuMsPerSend.toFixed(1)} ms of CPU per message, and one Node.js process ` +
    `can use at most one core: ${Math.floor(1000 / r.appCpuMsPerSend)} messages per second at the very most, with nothing else running. It averaged ${cpu("next start")}% of a core, ` +
    `PostgreSQL ${cpu("PostgreSQL")}%, Soketi ${cpu("Soketi")}%, the clients ${cpu("clients (benchmark processes)")}%, and other processes on the machine ${r.otherCpuPercent}% ` +
    `(of ${cores * 100}% for ${cores} cores). Once next start falls behind, sends queue in it and every later message waits behind the queue, so latency grows for as long as the rate holds; ` +
    `the same ${r.rate} msg/s through the baseline (no next start) delivered with p99 ${ms(baseline.latency.p99)} ms.`
  );
}
