import "../scripts/lib/outside-next";
import { sendMessage } from "@/lib/messages/send-message";
import { pusher } from "@/lib/realtime/server";
import { unreadSummary } from "@/lib/unread/summary";
import { runBench } from "./support/lifecycle";
import { printResult, startRun, writeResult, type BenchResult } from "./support/results";
import { benchDatabase, benchSoketi } from "./support/services";
import { ms, ratio, summarize } from "./support/stats";
import { connect, createCategory, createServer, createUsers, useAppEnv } from "./support/world";

// Unread at scale, the two design constraints measured:
// 1. The home/sidebar summary, unreadSummary() (GET /api/v1/me/unread and every tab's catch-up),
//    for a reader in 50 servers of 100 channels each, over 1M messages with read marks on half the
//    channels and mentions of the reader scattered through them; baseline: the same reader's
//    summary once they belong to one server. It probes counters (lastSeq, readSeq), never counts
//    messages, so it should stay under 50 ms server time.
// 2. Fan-out: realtime publications for one channel message to a channel of 10 members and one of
//    10,000 (counted at the Pusher SDK's triggerBatch on its way to a real Soketi), and the send's
//    server time: both must not grow with the members.

const SERVERS = Number(process.env.BENCH_UNREAD_SERVERS ?? 50);
const CHANNELS = 100;
const MESSAGES = Number(process.env.BENCH_UNREAD_MESSAGES ?? 1_000_000);
const MENTIONS = 5_000;
const ROUNDS = Number(process.env.BENCH_UNREAD_ROUNDS ?? 200);
const WARMUP_ROUNDS = 20;
const SENDS = 50;
const CROWD = Number(process.env.BENCH_UNREAD_CROWD ?? 10_000);
const SUMMARY_TARGET_MS = 50;

void runBench("unread", 300, async (context) => {
  const finishRun = startRun(() => database.description);
  const database = await benchDatabase(context, "unread");
  const soketi = await benchSoketi(context);
  useAppEnv({ DATABASE_URL: database.url, ...soketi.env });
  const db = connect(database.url);
  context.defer(() => db.end());
  context.defer(async () => (await import("@/lib/db")).db.$disconnect());
  const messages = database.embedded ? Math.min(MESSAGES, 100_000) : MESSAGES;

  const started = performance.now();
  const [reader, author, ...crowd] = await createUsers(db, "unr", 2 + CROWD);
  const category = await createCategory(db, "unread");
  const channels: string[] = [];
  for (let s = 1; s <= SERVERS; s++) {
    const { conversationIds } = await createServer(db, { id: `unrs${s}`, categoryId: category, members: [author!, reader!], channels: CHANNELS });
    channels.push(...conversationIds);
  }
  const perChannel = Math.floor(messages / channels.length);
  await db.query(
    `INSERT INTO "Message"("id", "conversationId", "seq", "authorId", "clientId", "body", "createdAt", "updatedAt")
     SELECT c || 'm' || i, c, i, $2, c || 'x' || i, 'Unread bench message ' || i, now() - ($1 - i) * interval '1 second', now() - ($1 - i) * interval '1 second'
     FROM unnest($3::text[]) c, generate_series(1, $1::int) i`,
    [perChannel, author, channels],
  );
  await db.query(`UPDATE "Conversation" SET "lastSeq" = $1, "lastMessageAt" = now() WHERE "id" = ANY($2::text[])`, [perChannel, channels]);
  // Read marks: every other channel read to the end, the rest read halfway or never opened.
  await db.query(
    `INSERT INTO "Receipt"("conversationId", "userId", "deliveredSeq", "readSeq", "updatedAt")
     SELECT c, $1, $2, CASE WHEN n % 2 = 0 THEN $2 ELSE $2 / 2 END, now() FROM unnest($3::text[]) WITH ORDINALITY AS t(c, n) WHERE n % 4 <> 1`,
    [reader, perChannel, channels],
  );
  await db.query(
    `INSERT INTO "Mention"("messageId", "userId") SELECT c || 'm' || (1 + (n * 7919) % $2), $1
     FROM unnest($3::text[]) WITH ORDINALITY AS t(c, n) CROSS JOIN generate_series(1, $4::int) k ON CONFLICT DO NOTHING`,
    [reader, perChannel, channels, Math.ceil(MENTIONS / channels.length)],
  );
  await db.query(`ANALYZE`);
  const generated = (performance.now() - started) / 1000;
  console.log(`${channels.length.toLocaleString("en")} channels, ${(perChannel * channels.length).toLocaleString("en")} messages in ${generated.toFixed(0)} s`);

  // The summary: in every server, then (baseline) in one.
  const timeSummary = async () => {
    const times: number[] = [];
    let unread = 0;
    for (let round = 0; round < WARMUP_ROUNDS + ROUNDS; round++) {
      const t = performance.now();
      unread = (await unreadSummary(reader!)).length;
      if (round >= WARMUP_ROUNDS) times.push(performance.now() - t);
    }
    return { stats: summarize(times), unread };
  };
  const everywhere = await timeSummary();
  await db.query(`UPDATE "ServerMember" SET "banned" = true, "bannedAt" = now() WHERE "userId" = $1 AND "serverId" <> 'unrs1'`, [reader]);
  const oneServer = await timeSummary();
  await db.query(`UPDATE "ServerMember" SET "banned" = false, "bannedAt" = NULL WHERE "userId" = $1`, [reader]);
  console.log(`summary p50/p95: ${ms(everywhere.stats.p50)}/${ms(everywhere.stats.p95)} ms in ${SERVERS} servers, ${ms(oneServer.stats.p50)}/${ms(oneServer.stats.p95)} ms in one`);

  // Fan-out: a small server and one of CROWD members, each with one channel.
  const small = await createServer(db, { id: "unrsmall", categoryId: category, members: [author!, ...crowd.slice(0, 9)], channels: 1 });
  const big = await createServer(db, { id: "unrbig", categoryId: category, members: [author!, ...crowd], channels: 1 });
  const client = pusher();
  const triggerBatch = client.triggerBatch.bind(client);
  let events = 0;
  let requests = 0;
  client.triggerBatch = (batch) => {
    requests++;
    events += batch.length;
    return triggerBatch(batch);
  };
  const actor = { id: author!, role: "USER" as const, emailVerifiedAt: new Date() };
  const fanOut = async (conversationId: string) => {
    const times: number[] = [];
    events = 0;
    requests = 0;
    for (let i = 0; i < SENDS; i++) {
      const t = performance.now();
      await sendMessage(actor, { conversationId, clientId: crypto.randomUUID(), body: `fan-out ${i}` });
      times.push(performance.now() - t);
      await new Promise((resolve) => setTimeout(resolve, 20)); // let the publication (after the response) go out
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
    return { send: summarize(times), events: events / SENDS, requests: requests / SENDS };
  };
  const toSmall = await fanOut(small.conversationIds[0]!);
  const toBig = await fanOut(big.conversationIds[0]!);

  const result: BenchResult = {
    name: "unread",
    title: "Unread and fan-out",
    command: "npm run bench:unread",
    method:
      `A reader in ${SERVERS} servers of ${CHANNELS} channels (${channels.length.toLocaleString("en")} channels), ${(perChannel * channels.length).toLocaleString("en")} messages (${perChannel} per channel), read marks on three channels in four (half of them read to the end), ${MENTIONS.toLocaleString("en")} mentions of the reader. ` +
      `Timed in-process: unreadSummary() (lib/unread/summary.ts: GET /api/v1/me/unread, and each tab's catch-up), ${ROUNDS} calls after ${WARMUP_ROUNDS} of warm-up; baseline: the same reader in one server. ` +
      `Fan-out: ${SENDS} sends by sendMessage() to a channel of 10 members and to one of ${CROWD.toLocaleString("en")}, counting the realtime events handed to the Pusher SDK (a real Soketi receives them).`,
    run: finishRun(),
    tables: [
      {
        caption: "unreadSummary() server time (ms)",
        columns: ["reader's servers", "channels", "unread channels", "p50", "p95", "p99", "ratio (p50)"],
        rows: [
          [SERVERS, channels.length, everywhere.unread, ms(everywhere.stats.p50), ms(everywhere.stats.p95), ms(everywhere.stats.p99), ratio(everywhere.stats.p50, oneServer.stats.p50)],
          [1, CHANNELS, oneServer.unread, ms(oneServer.stats.p50), ms(oneServer.stats.p95), ms(oneServer.stats.p99), "1.00×"],
        ],
      },
      {
        caption: "One channel message: realtime events and send time",
        columns: ["channel members", "events per message", "Pusher requests per message", "send p50 (ms)", "send p95 (ms)"],
        rows: [
          [10, toSmall.events.toFixed(1), toSmall.requests.toFixed(1), ms(toSmall.send.p50), ms(toSmall.send.p95)],
          [(CROWD + 1).toLocaleString("en"), toBig.events.toFixed(1), toBig.requests.toFixed(1), ms(toBig.send.p50), ms(toBig.send.p95)],
        ],
      },
    ],
    targets: [
      {
        what: `summary for a reader in ${SERVERS} × ${CHANNELS} channels, p95`,
        target: `< ${SUMMARY_TARGET_MS} ms`,
        measured: `${ms(everywhere.stats.p95)} ms`,
        met: everywhere.stats.p95 < SUMMARY_TARGET_MS,
      },
      {
        what: `realtime events for a message to ${(CROWD + 1).toLocaleString("en")} members against 10`,
        target: "the same",
        measured: `${toBig.events.toFixed(1)} vs ${toSmall.events.toFixed(1)}`,
        met: toBig.events === toSmall.events,
      },
    ],
    charts: [],
    notes: [
      `Data generation took ${generated.toFixed(0)} s.`,
      ...(database.embedded ? [`Embedded PGlite: ${messages.toLocaleString("en")} messages instead of ${MESSAGES.toLocaleString("en")}.`] : []),
    ],
  };
  writeResult(result);
  printResult(result);
});
