import "../scripts/lib/outside-next";
import { listMessages } from "@/lib/messages/queries";
import { messagesQuerySchema } from "@/lib/zod/messages";
import { runBench } from "./support/lifecycle";
import { printResult, startRun, writeChart, writeResult, type BenchResult } from "./support/results";
import { benchDatabase } from "./support/services";
import { ms, ratio, summarize, type Summary } from "./support/stats";
import { lineChart } from "./support/svg";
import { connect, createCategory, createServer, createUsers, useAppEnv } from "./support/world";

// History at scale: channels holding 1k, 100k and 1M messages (bulk-inserted in one statement
// each), then the app's own history read — listMessages(), behind GET
// /api/conversations/<id>/messages and the API's twin — timed in-process (server time) for the
// newest page (what opening a channel loads), for a page deep in history (scrolling far up), and
// for a jump to a message near the start (a reply's quote or a message link: the page around it).
// Rounds interleave the sizes so that the machine's noise falls on all of them alike; the
// baseline is the 1k channel: keyset pages on (conversationId, seq) should cost the same at 1M.

const SIZES = [1_000, 100_000, 1_000_000];
const EMBEDDED_SIZES = [1_000, 10_000, 100_000];
const ROUNDS = Number(process.env.BENCH_HISTORY_ROUNDS ?? 300);
const WARMUP_ROUNDS = 30;
const AUTHORS = 20;
/** The deep page: the messages just before seq 101, i.e. the second-oldest page. */
const DEEP_BEFORE = 101;
/** The jump: the page around seq 150, 999,850 messages back in the largest channel. */
const JUMP_AROUND = 150;
const RATIO_TARGET = 1.2;

void runBench("history", 480, async (context) => {
  const finishRun = startRun(() => database.description);
  const database = await benchDatabase(context, "history");
  const sizes = database.embedded ? EMBEDDED_SIZES : SIZES;
  useAppEnv({ DATABASE_URL: database.url });
  const db = connect(database.url);
  context.defer(() => db.end());
  context.defer(async () => (await import("@/lib/db")).db.$disconnect());

  const users = await createUsers(db, "hist", AUTHORS + 1);
  const viewer = users[0]!;
  const { conversationIds } = await createServer(db, { id: "history", categoryId: await createCategory(db, "bench"), members: users, channels: sizes.length });
  const generation: [string, string, string][] = [];
  for (const [i, size] of sizes.entries()) {
    const conversationId = conversationIds[i]!;
    const started = performance.now();
    await db.query(
      `INSERT INTO "Message"("id", "conversationId", "seq", "authorId", "clientId", "body", "createdAt", "updatedAt")
       SELECT $1 || 'm' || i, $1, i, ($3::text[])[1 + i % $4], $1 || 'x' || i,
              'History message ' || i || ': ' || repeat(md5(i::text), 1 + i % 3),
              now() - ($2 - i) * interval '1 second', now() - ($2 - i) * interval '1 second'
       FROM generate_series(1, $2::int) i`,
      [conversationId, size, users.slice(1), AUTHORS],
    );
    await db.query(`UPDATE "Conversation" SET "lastSeq" = $2, "lastMessageAt" = now() WHERE "id" = $1`, [conversationId, size]);
    // Others' read marks, as a channel with active readers has.
    await db.query(
      `INSERT INTO "Receipt"("conversationId", "userId", "deliveredSeq", "readSeq", "updatedAt")
       SELECT $1, u, $2 - n, $2 - 2 * n, now() FROM unnest($3::text[]) WITH ORDINALITY AS t(u, n)`,
      [conversationId, size, users.slice(1)],
    );
    const seconds = (performance.now() - started) / 1000;
    generation.push([size.toLocaleString("en"), seconds.toFixed(1), Math.round(size / seconds).toLocaleString("en")]);
    console.log(`${size.toLocaleString("en")} messages inserted in ${seconds.toFixed(1)} s`);
  }
  await db.query(`ANALYZE`);

  const actor = { id: viewer, role: "USER" as const, emailVerifiedAt: new Date() };
  const newest = messagesQuerySchema.parse({});
  const deep = messagesQuerySchema.parse({ before: DEEP_BEFORE });
  const jump = messagesQuerySchema.parse({ around: JUMP_AROUND });
  const queries = { newest, deep, jump };
  const times = sizes.map(() => ({ newest: [] as number[], deep: [] as number[], jump: [] as number[] }));
  for (let round = 0; round < WARMUP_ROUNDS + ROUNDS; round++) {
    for (const [i, conversationId] of conversationIds.entries()) {
      for (const kind of ["newest", "deep", "jump"] as const) {
        const started = performance.now();
        const page = await listMessages(actor, conversationId, queries[kind]);
        const elapsed = performance.now() - started;
        if (page.messages.length !== 50) throw new Error(`expected a page of 50 messages, got ${page.messages.length}`);
        if (round >= WARMUP_ROUNDS) times[i]![kind].push(elapsed);
      }
    }
  }

  const stats = times.map((t) => ({ newest: summarize(t.newest), deep: summarize(t.deep), jump: summarize(t.jump) }));
  const smallest = stats[0]!;
  const largest = stats.at(-1)!;
  const sizeLabel = (size: number) => (size >= 1e6 ? `${size / 1e6}M` : `${size / 1e3}k`);
  const check = (kind: "newest" | "deep" | "jump", label: string) => {
    const value = largest[kind].p50 / smallest[kind].p50;
    const met = value <= RATIO_TARGET;
    return {
      what: `${label}: p50 at ${sizeLabel(sizes.at(-1)!)} against ${sizeLabel(sizes[0]!)}`,
      target: `≤ ${RATIO_TARGET}×`,
      measured: `${ratio(largest[kind].p50, smallest[kind].p50)} (${ms(largest[kind].p50)} vs ${ms(smallest[kind].p50)} ms)`,
      met,
      ...(met ? {} : { note: `over by ${((value / RATIO_TARGET - 1) * 100).toFixed(0)}%` }),
    };
  };
  const row = (size: number, s: { newest: Summary; deep: Summary; jump: Summary }) => [
    size.toLocaleString("en"),
    ms(s.newest.p50),
    ms(s.newest.p95),
    ratio(s.newest.p50, smallest.newest.p50),
    ms(s.deep.p50),
    ms(s.deep.p95),
    ratio(s.deep.p50, smallest.deep.p50),
    ms(s.jump.p50),
    ms(s.jump.p95),
    ratio(s.jump.p50, smallest.jump.p50),
  ];
  const chart = writeChart(
    "history.svg",
    lineChart({
      title: "Loading a page of history, by channel size",
      xLabel: "messages in the channel (log scale)",
      yLabel: "listMessages() server time (ms)",
      logX: true,
      series: [
        { name: "newest page p50", points: sizes.map((size, i) => [size, stats[i]!.newest.p50]) },
        { name: "newest page p95", points: sizes.map((size, i) => [size, stats[i]!.newest.p95]), dashed: true },
        { name: "deep page p50", points: sizes.map((size, i) => [size, stats[i]!.deep.p50]) },
        { name: "deep page p95", points: sizes.map((size, i) => [size, stats[i]!.deep.p95]), dashed: true },
        { name: "jump p50", points: sizes.map((size, i) => [size, stats[i]!.jump.p50]) },
      ],
    }),
  );

  const result: BenchResult = {
    name: "history",
    title: "History at scale",
    command: "npm run bench:history",
    method:
      `Channels of ${sizes.map((s) => s.toLocaleString("en")).join(", ")} messages (one INSERT … SELECT generate_series each, ${AUTHORS} authors, bodies of 40–110 characters, ${AUTHORS} readers' receipts). ` +
      `Timed in-process: the app's history read, listMessages() (lib/messages/queries.ts, what GET /api/conversations/<id>/messages answers with), as a member of the server: the newest page (50 messages with receipts and the member summary, as opening a channel loads) a deep page (before=${DEEP_BEFORE}: the second-oldest 50) and a jump (around=${JUMP_AROUND}: the page around a message near the start, with receipts and the member summary, as a reply's quote or a message link opens it). ` +
      `${ROUNDS} rounds after ${WARMUP_ROUNDS} of warm-up, each round reading every size in turn; the baseline is the ${sizeLabel(sizes[0]!)} channel.`,
    run: finishRun(),
    tables: [
      {
        caption: "listMessages() server time (ms); ratio: p50 against the smallest channel's",
        columns: ["messages in channel", "newest p50", "newest p95", "newest ratio", "deep p50", "deep p95", "deep ratio", "jump p50", "jump p95", "jump ratio"],
        rows: sizes.map((size, i) => row(size, stats[i]!)),
      },
      { caption: "Data generation", columns: ["messages", "seconds", "rows per second"], rows: generation },
    ],
    targets: [check("newest", "newest page"), check("deep", "deep page"), check("jump", "jump to a message")],
    charts: [{ path: chart, alt: "History page load time by channel size" }],
    notes: database.embedded ? [`Embedded PGlite: sizes ${sizes.map(sizeLabel).join(", ")} instead of ${SIZES.map(sizeLabel).join(", ")}.`] : [],
  };
  writeResult(result);
  printResult(result);
});
