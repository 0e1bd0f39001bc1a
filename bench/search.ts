import { fork, type ChildProcess } from "node:child_process";
import path from "node:path";
import type pg from "pg";
import type { ExploreSort } from "@/lib/zod/explore";
import type { ExploreReply, ExploreRequest } from "./support/explore-worker";
import { runBench } from "./support/lifecycle";
import { printResult, startRun, writeChart, writeResult, type BenchResult } from "./support/results";
import { benchDatabase } from "./support/services";
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

const SIZES = [1_000, 10_000, 100_000];
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

void runBench("search", 300, async (context) => {
  const finishRun = startRun(() => databases[0]!.description);
  // One database per size, each with its own app process to query it (see explore-worker.ts).
  const databases = await Promise.all(SIZES.map((size) => benchDatabase(context, `search${size}`)));
  const perSize: { size: number; all: number[]; byQuery: number[][]; seconds: number }[] = [];
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
    perSize.push({ size, all: [], byQuery: QUERIES.map(() => []), seconds });
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
  }
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
    ],
    targets: [
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

/** Servers number `from` … `to`, each with one channel; the database's triggers fill searchText. */
async function insertServers(db: pg.Pool, ownerId: string, from: number, to: number) {
  const client = await db.connect();
  try {
    await client.query(`SELECT setseed($1)`, [from / (to + 1)]); // the same data on every run
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
  } finally {
    client.release();
  }
}
