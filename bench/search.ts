import "../scripts/lib/outside-next";
import { fork, type ChildProcess } from "node:child_process";
import path from "node:path";
import type pg from "pg";
import type { ExploreSort } from "@/lib/zod/explore";
import type { ExploreReply, ExploreRequest } from "./support/explore-worker";
import type { MessageSearchReply, MessageSearchRequest } from "./support/message-search-worker";
import { CONVERSATIONS, insertMessageWorld, READER_CONVERSATIONS } from "./support/message-search-world";
import { runBench } from "./support/lifecycle";
import { printResult, startRun, writeChart, writeResult, type BenchResult } from "./support/results";
import { measureSendCost } from "./support/send-cost";
import { benchDatabase, buildBenchApp } from "./support/services";
import { ms, ratio, summarize } from "./support/stats";
import { lineChart } from "./support/svg";
import { connect, createUsers } from "./support/world";

// Search at scale: /explore's query — words of text, a category, a sort — over 1k, 10k and 100k
// servers, timed through the app's own exploreServers() (lib/servers/explore.ts, which the page
// calls): server time, the page's query and its details query included. Each size has its own
// database (servers bulk-inserted in one statement; the database triggers fill searchText from
// names, descriptions and channel names, as for servers made in the app) and its own process
// running the query, and the sizes take turns query by query, so the machine's noise falls on all
// of them alike. Words follow a skewed distribution: some are in a fifth of all servers, others in
// a handful. The baseline is the 1k size.

const SIZES = (process.env.BENCH_SEARCH_SIZES ?? "1000,10000,100000").split(",").map(Number);
const MESSAGE_SIZES = (process.env.BENCH_SEARCH_MESSAGES ?? "10000,1000000").split(",").map(Number);
const MESSAGE_P95_TARGET_MS = 100;
const REPETITIONS = Number(process.env.BENCH_SEARCH_REPETITIONS ?? 40);
const WARMUP = 5;
const P95_TARGET_MS = 50;
const RATIO_TARGET = 2;

const CATEGORIES = ["technology", "gaming", "music", "science", "art-design", "education"];
// Ordered from common to rare: word k is drawn with probability falling roughly as 1/k.
const WORDS = (
  "gaming music rust python design art chess anime football cooking travel photo space books movies jazz " +
  "speedrun pixel synth hiking climbing coffee garden retro linux robotics poetry physics chemistry biology history " +
  "painting knitting origami skating surfing cycling running yoga baking vinyl cinema theatre opera podcast radio " +
  "startup crypto finance economics philosophy astronomy geology botany zoology language french german spanish " +
  "japanese korean mandarin calligraphy sketching sculpture ceramics woodwork welding aquarium birding fishing " +
  "camping sailing rowing archery fencing karate judo boxing tennis golf cricket rugby hockey baseball volleyball"
).split(" ");

const QUERIES: { label: string; q: string; sort: ExploreSort }[] = [
  { label: "common word, most members", q: "gaming", sort: "members" },
  { label: "medium word, most active", q: "hiking", sort: "activity" },
  { label: "rare text (a number), newest", q: "7391", sort: "newest" },
  { label: "prefix, most members", q: "speedr", sort: "members" },
  { label: "two words, most active", q: "music jazz", sort: "activity" },
  { label: "no match, newest", q: "qqzzxxyy", sort: "newest" },
];

// Mistyped words: /explore finds little and corrects them against the room words (lib/servers/room-words.ts).
const TYPO_QUERIES: { label: string; q: string; sort: ExploreSort }[] = [
  { label: "typo of a common word", q: "gamng", sort: "members" },
  { label: "typo of a medium word", q: "astronmy", sort: "activity" },
  { label: "typo + a right word", q: "hikng music", sort: "newest" },
];

const MESSAGE_QUERIES: { label: string; q: string }[] = [
  { label: "common word", q: "gaming" },
  { label: "rare word", q: "volleyball" },
  { label: "phrase", q: '"music rust"' },
  { label: "from:", q: "from:@mu3" },
  { label: "date range", q: "music after:2026-03-01 before:2026-04-01" },
  { label: "no match", q: "qqzzxxyy" },
];

void runBench("search", Number(process.env.BENCH_SEARCH_TIME_LIMIT ?? 900), async (context) => {
  const finishRun = startRun(() => databases[0]!.description);
  await buildBenchApp(); // the indexing cost is measured on next start
  // One database per size, each with its own app process to query it (see explore-worker.ts).
  const databases = await Promise.all(SIZES.map((size) => benchDatabase(context, `search${size}`)));
  const perSize: { size: number; all: number[]; byQuery: number[][]; byTypo: number[][]; seconds: number }[] = [];
  const workers: ChildProcess[] = [];
  context.defer(() => workers.forEach((worker) => worker.kill()));
  let viewerId = "";
  for (const [k, size] of SIZES.entries()) {
    const db = connect(databases[k]!.url);
    const started = performance.now();
    [viewerId] = (await createUsers(db, "srch", 1)) as [string];
    await db.query(
      `INSERT INTO "Category"("id", "name", "slug", "position") SELECT s, initcap(replace(s, '-', ' & ')), s, n FROM unnest($1::text[]) WITH ORDINALITY AS t(s, n)`,
      [CATEGORIES],
    );
    await insertServers(db, viewerId, 1, size);
    await db.query(`ANALYZE`);
    await db.end();
    const seconds = (performance.now() - started) / 1000;
    console.log(`${size.toLocaleString("en")} servers (${seconds.toFixed(1)} s to add)`);
    perSize.push({ size, all: [], byQuery: QUERIES.map(() => []), byTypo: TYPO_QUERIES.map(() => []), seconds });
    workers.push(
      fork(path.join(__dirname, "support/explore-worker.ts"), [], {
        execArgv: ["--import", "tsx"],
        env: { ...process.env, DATABASE_URL: databases[k]!.url },
        stdio: ["ignore", "inherit", "inherit", "ipc"],
      }),
    );
  }

  const ask = (worker: ChildProcess, request: ExploreRequest) =>
    new Promise<number>((resolve, reject) => {
      worker.once("message", (reply: ExploreReply) => ("ms" in reply ? resolve(reply.ms) : reject(new Error(reply.error))));
      worker.send(request);
    });
  for (let round = 0; round < WARMUP + REPETITIONS; round++) {
    for (const [i, { q, sort }] of QUERIES.entries()) {
      for (const [k, worker] of workers.entries()) {
        const ms = await ask(worker, { viewerId, q, sort, category: CATEGORIES[round % CATEGORIES.length]! });
        if (round >= WARMUP) perSize[k]!.byQuery[i]!.push(ms);
      }
    }
    for (const [i, { q, sort }] of TYPO_QUERIES.entries()) {
      for (const [k, worker] of workers.entries()) {
        const ms = await ask(worker, { viewerId, q, sort, category: "" });
        if (round >= WARMUP) perSize[k]!.byTypo[i]!.push(ms);
      }
    }
  }
  workers.forEach((worker) => worker.kill());
  const messages = await measureMessages(context);
  const sendCost = await measureSendCost(context, messages.largest, messages.largestLabel, (url) => fillMessages(url, MESSAGE_SIZES.at(-1)!));
  for (const size of perSize) size.all = size.byQuery.flat();

  const stats = perSize.map((s) => summarize(s.all));
  const smallest = stats[0]!;
  const largest = stats.at(-1)!;
  const label = (size: number) => `${size / 1000}k`;
  const chart = writeChart(
    "search.svg",
    lineChart({
      title: "/explore query time by number of servers",
      xLabel: "servers (log scale)",
      yLabel: "exploreServers() server time (ms)",
      logX: true,
      series: [
        { name: "p95", points: SIZES.map((size, i) => [size, stats[i]!.p95]) },
        { name: "p50", points: SIZES.map((size, i) => [size, stats[i]!.p50]), dashed: true },
      ],
      guides: [{ y: P95_TARGET_MS, label: `target ${P95_TARGET_MS} ms` }],
    }),
  );
  const ratioValue = largest.p95 / smallest.p95;

  const result: BenchResult = {
    name: "search",
    title: "Search at scale",
    command: "npm run bench:search",
    method:
      `Public and private servers (9 in 10 public) in ${CATEGORIES.length} categories, each with a channel, named and described with ${WORDS.length} topic words drawn on a skewed distribution (the commonest is in about a fifth of the servers, the rarest in a few hundredths of a percent): ${SIZES.map((s) => s.toLocaleString("en")).join(", ")} servers, each size in its own database. ` +
      `${QUERIES.length} query shapes — text, a category filter (rotating over the ${CATEGORIES.length}) and a sort — ${REPETITIONS} times each after ${WARMUP} rounds of warm-up, timed in a process per size through exploreServers() (lib/servers/explore.ts, what /explore and GET /api/v1/servers call): the page of 24 and its channels and membership details. The sizes take turns query by query. The baseline is the 1k size.`,
    run: finishRun(),
    tables: [
      {
        caption: "All queries at each size (ms); ratio: p95 against the 1k size's",
        columns: ["servers", "queries", "p50", "p95", "p99", "max", "p95 ratio", "seconds to add"],
        rows: SIZES.map((size, i) => [size.toLocaleString("en"), stats[i]!.count, ms(stats[i]!.p50), ms(stats[i]!.p95), ms(stats[i]!.p99), ms(stats[i]!.max), ratio(stats[i]!.p95, smallest.p95), perSize[i]!.seconds.toFixed(1)]),
      },
      {
        caption: "p95 per query shape (ms)",
        columns: ["query (text + category + sort)", ...SIZES.map(label)],
        rows: QUERIES.map((query, q) => [`${query.label}: "${query.q}"`, ...perSize.map((s) => ms(summarize(s.byQuery[q]!).p95))]),
      },
      {
        caption: "Mistyped room queries, corrected (p95, ms; all categories)",
        columns: ["query", ...SIZES.map(label)],
        rows: TYPO_QUERIES.map((query, q) => [`${query.label}: "${query.q}"`, ...perSize.map((s) => ms(summarize(s.byTypo[q]!).p95))]),
      },
      ...messages.tables,
      ...sendCost.tables,
    ],
    targets: [
      ...typoTargets(perSize.at(-1)!),
      ...messages.targets,
      ...sendCost.targets,
      {
        what: `p95 at ${label(SIZES.at(-1)!)} servers`,
        target: `< ${P95_TARGET_MS} ms`,
        measured: `${ms(largest.p95)} ms`,
        met: largest.p95 < P95_TARGET_MS,
        ...(largest.p95 < P95_TARGET_MS ? {} : { note: `over by ${ms(largest.p95 - P95_TARGET_MS)} ms` }),
      },
      {
        what: `p95 at ${label(SIZES.at(-1)!)} against ${label(SIZES[0]!)}`,
        target: `≤ ${RATIO_TARGET}×`,
        measured: `${ratio(largest.p95, smallest.p95)} (${ms(largest.p95)} vs ${ms(smallest.p95)} ms)`,
        met: ratioValue <= RATIO_TARGET,
        ...(ratioValue <= RATIO_TARGET ? {} : { note: `over by ${((ratioValue / RATIO_TARGET - 1) * 100).toFixed(0)}%` }),
      },
    ],
    charts: [{ path: chart, alt: "Explore query time by number of servers" }],
    notes: [],
  };
  writeResult(result);
  printResult(result);
});

function typoTargets(largest: { size: number; byTypo: number[][] }) {
  const p95 = summarize(largest.byTypo.flat()).p95;
  return [{ what: `typo room queries, p95 at ${largest.size.toLocaleString("en")} servers`, target: `< ${P95_TARGET_MS} ms`, measured: `${ms(p95)} ms`, met: p95 < P95_TARGET_MS }];
}

/**
 * Message search: each size in its own database and process (as the rooms), sizes taking turns
 * query by query; the reader may read 50 of the 1,000 conversations.
 */
async function measureMessages(context: Parameters<Parameters<typeof runBench>[2]>[0]) {
  const databases = await Promise.all(MESSAGE_SIZES.map((size) => benchDatabase(context, `msearch${size}`)));
  const workers: ChildProcess[] = [];
  context.defer(() => workers.forEach((worker) => worker.kill()));
  const byQuery = MESSAGE_SIZES.map(() => MESSAGE_QUERIES.map(() => [] as number[]));
  const found = MESSAGE_SIZES.map(() => MESSAGE_QUERIES.map(() => 0));
  for (const [k, size] of MESSAGE_SIZES.entries()) {
    const started = performance.now();
    await fillMessages(databases[k]!.url, size);
    console.log(`${size.toLocaleString("en")} messages (${((performance.now() - started) / 1000).toFixed(1)} s to add)`);
    workers.push(fork(path.join(__dirname, "support/message-search-worker.ts"), [], { execArgv: ["--import", "tsx"], env: { ...process.env, DATABASE_URL: databases[k]!.url }, stdio: ["ignore", "inherit", "inherit", "ipc"] }));
  }
  const ask = (worker: ChildProcess, request: MessageSearchRequest) =>
    new Promise<{ ms: number; results: number }>((resolve, reject) => {
      worker.once("message", (reply: MessageSearchReply) => ("ms" in reply ? resolve(reply) : reject(new Error(reply.error))));
      worker.send(request);
    });
  for (let round = 0; round < WARMUP + REPETITIONS; round++) {
    for (const [i, { q }] of MESSAGE_QUERIES.entries()) {
      for (const [k, worker] of workers.entries()) {
        const reply = await ask(worker, { readerId: "mu0", q });
        if (round >= WARMUP) byQuery[k]![i]!.push(reply.ms);
        found[k]![i] = reply.results;
      }
    }
  }
  workers.forEach((worker) => worker.kill());
  const stats = byQuery.map((queries) => summarize(queries.flat()));
  const smallest = stats[0]!;
  const largest = stats.at(-1)!;
  const sizeLabel = (size: number) => (size >= 1_000_000 ? `${size / 1_000_000}M` : `${size / 1000}k`);
  const ratioValue = largest.p95 / smallest.p95;
  return {
    largest: databases.at(-1)!,
    largestLabel: sizeLabel(MESSAGE_SIZES.at(-1)!),
    tables: [
      {
        caption: `Message search: ${CONVERSATIONS.toLocaleString("en")} conversations, the reader in ${READER_CONVERSATIONS}; searchMessages() server time (ms), a page of 20`,
        columns: ["messages", "queries", "p50", "p95", "p99", "max", "p95 ratio"],
        rows: MESSAGE_SIZES.map((size, k) => [size.toLocaleString("en"), stats[k]!.count, ms(stats[k]!.p50), ms(stats[k]!.p95), ms(stats[k]!.p99), ms(stats[k]!.max), ratio(stats[k]!.p95, smallest.p95)]),
      },
      {
        caption: "Message search p95 per query shape (ms; results on the page)",
        columns: ["query", ...MESSAGE_SIZES.map(sizeLabel)],
        rows: MESSAGE_QUERIES.map((query, i) => [`${query.label}: ${query.q}`, ...MESSAGE_SIZES.map((_s, k) => `${ms(summarize(byQuery[k]![i]!).p95)} (${found[k]![i]})`)]),
      },
    ],
    targets: [
      { what: `message search p95 at ${sizeLabel(MESSAGE_SIZES.at(-1)!)} messages`, target: `< ${MESSAGE_P95_TARGET_MS} ms`, measured: `${ms(largest.p95)} ms`, met: largest.p95 < MESSAGE_P95_TARGET_MS },
      {
        what: `message search p95 at ${sizeLabel(MESSAGE_SIZES.at(-1)!)} against ${sizeLabel(MESSAGE_SIZES[0]!)}`,
        target: `≤ ${RATIO_TARGET}×`,
        measured: `${ratio(largest.p95, smallest.p95)} (${ms(largest.p95)} vs ${ms(smallest.p95)} ms)`,
        met: ratioValue <= RATIO_TARGET,
      },
    ],
  };
}

async function fillMessages(url: string, size: number) {
  const db = connect(url);
  await insertMessageWorld(db, WORDS, size);
  await db.query(`ANALYZE`);
  await db.end();
}

/** Servers number `from` … `to`, each with one channel; the database's triggers fill searchText. */
async function insertServers(db: pg.Pool, ownerId: string, from: number, to: number) {
  const client = await db.connect();
  try {
    await client.query(`SELECT setseed($1)`, [from / (to + 1)]); // the same data on every run
    // Row by row, the room-word triggers update the same few RoomWord rows once per server and
    // channel (every server has "general"): minutes at 10k servers in one transaction. They are
    // off for the bulk insert; the words are then counted in one statement, as the migration does.
    await client.query(`ALTER TABLE "Server" DISABLE TRIGGER room_words_on_server_insert_delete, DISABLE TRIGGER room_words_on_server_update`);
    // Word k with probability ~ 1/k: floor((n + 1) ^ random()) is log-uniform over 1 … n.
    const word = `w[floor(power(array_length(w, 1) + 1, random()))::int]`;
    await client.query(
      `INSERT INTO "Server"("id", "name", "slug", "description", "visibility", "ownerId", "categoryId", "memberCount", "lastActivityAt", "createdAt", "updatedAt")
       SELECT 'srv' || i, initcap(${word}) || ' ' || initcap(${word}) || ' ' || i, 'srv-' || i,
              'A community about ' || ${word} || ', ' || ${word} || ' and ' || ${word},
              CASE WHEN random() < 0.9 THEN 'PUBLIC' ELSE 'PRIVATE' END::"Visibility", $3, ($4::text[])[1 + i % $5],
              floor(power(5000, random()))::int, now() - random() * interval '30 days', now() - random() * interval '365 days', now()
       FROM generate_series($1::int, $2::int) i, (SELECT $6::text[] AS w) words`,
      [from, to, ownerId, CATEGORIES, CATEGORIES.length, WORDS],
    );
    await client.query(`INSERT INTO "Conversation"("id") SELECT 'srvc' || i FROM generate_series($1::int, $2::int) i`, [from, to]);
    await client.query(
      `INSERT INTO "Channel"("id", "serverId", "conversationId", "name", "slug")
       SELECT 'srvh' || i, 'srv' || i, 'srvc' || i, 'general', 'general' FROM generate_series($1::int, $2::int) i`,
      [from, to],
    );
    await client.query(`ALTER TABLE "Server" ENABLE TRIGGER room_words_on_server_insert_delete, ENABLE TRIGGER room_words_on_server_update`);
    await client.query(
      `INSERT INTO "RoomWord" ("word", "servers")
       SELECT w, count(*) FROM "Server" s, room_words(s."searchText") w WHERE s."visibility" = 'PUBLIC' GROUP BY w
       ON CONFLICT ("word") DO UPDATE SET "servers" = EXCLUDED."servers"`,
    );
  } finally {
    client.release();
  }
}
