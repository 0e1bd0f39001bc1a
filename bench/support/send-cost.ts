import type pg from "pg";
import type { BenchContext } from "./lifecycle";
import type { Table, Target } from "./results";
import { benchApp, benchDatabaseCopy, benchSoketi, type Database } from "./services";
import { ms, ratio, summarize, wallClock } from "./stats";
import { connect, createCategory, createServer, createUsers, useAppEnv as adoptAppEnv } from "./world";

// What message search costs the send path: the same sends through POST
// /api/v1/conversations/<id>/messages on two `next start` processes of one build, one on the
// message-search database (the generated tsvector column and its GIN index in place, 1M messages
// in it), the other on a copy of it without the column and the index. Each sender alternates
// between the two message by message, so the machine's noise falls on both alike.

const SENDERS = Number(process.env.BENCH_SEND_SENDERS ?? 10);
const SECONDS = Number(process.env.BENCH_SEND_SECONDS ?? 30);
const WARMUP_SECONDS = 5;
const RATIO_TARGET = 1.1;
/** Pause between two messages of a sender: 100–300 ms, about 5 a second each, as in bench:latency. */
const thinkMs = () => 100 + Math.random() * 200;

/** Senders, their channels and API tokens in `db` (the same rows in both databases). */
async function addSenders(db: pg.Pool, tokens: { userId: string; familyId: string }[]) {
  const users = await createUsers(db, "snd", SENDERS);
  const { conversationIds } = await createServer(db, { id: "sendcost", categoryId: await createCategory(db, "sendcost"), members: users, channels: SENDERS });
  await db.query(
    `INSERT INTO "RefreshToken"("id", "userId", "familyId", "tokenHash", "expiresAt") SELECT 'rt' || f, u, f, 'hash-' || f, now() + interval '1 day' FROM unnest($1::text[], $2::text[]) AS t(u, f)`,
    [tokens.map((t) => t.userId), tokens.map((t) => t.familyId)],
  );
  return { users, conversationIds };
}

export async function measureSendCost(context: BenchContext, indexed: Database, label: string, fill: (url: string) => Promise<void>): Promise<{ tables: Table[]; targets: Target[] }> {
  const senders = Array.from({ length: SENDERS }, (_, i) => ({ userId: `snd${i + 1}`, familyId: `sndfam${i + 1}` }));
  const db = connect(indexed.url);
  const { conversationIds } = await addSenders(db, senders);
  await db.end();
  const plain = await benchDatabaseCopy(context, indexed, "sendplain", async (url) => {
    const copy = connect(url);
    await fill(url);
    await addSenders(copy, senders);
    await copy.end();
  });
  const withoutSearch = connect(plain.url);
  await withoutSearch.query(`DROP INDEX "Message_searchVector_idx"`);
  await withoutSearch.query(`ALTER TABLE "Message" DROP COLUMN "searchVector"`);
  await withoutSearch.end();

  const soketi = await benchSoketi(context);
  adoptAppEnv({ DATABASE_URL: indexed.url, ...soketi.env });
  const { signAccessToken } = await import("@/lib/api/access-token");
  const tokens = await Promise.all(senders.map((s) => signAccessToken(s)));
  const apps = { indexed: await benchApp(context, { DATABASE_URL: indexed.url, ...soketi.env }), plain: await benchApp(context, { DATABASE_URL: plain.url, ...soketi.env }) };
  type Path = keyof typeof apps;
  const samples: Record<Path, number[]> = { indexed: [], plain: [] };
  const words = "gaming music rust python design art chess anime football cooking travel photo space books movies jazz".split(" ");

  console.log(`send cost: ${SENDERS} senders for ${WARMUP_SECONDS} s (warm-up) + ${SECONDS} s, alternating between the app with and without the search index…`);
  const warmupEnds = Date.now() + WARMUP_SECONDS * 1000;
  const ends = warmupEnds + SECONDS * 1000;
  await Promise.all(
    senders.map(async (_sender, i) => {
      for (let k = 0; Date.now() < ends; k++) {
        const path: Path = (k + i) % 2 === 0 ? "indexed" : "plain";
        const body = Array.from({ length: 4 + ((k * 7) % 9) }, () => words[Math.floor(Math.random() * words.length)]).join(" ");
        const t0 = wallClock();
        const response = await fetch(`${apps[path].url}/api/v1/conversations/${conversationIds[i]}/messages`, {
          method: "POST",
          headers: { authorization: `Bearer ${tokens[i]}`, "content-type": "application/json" },
          body: JSON.stringify({ clientId: `snd${i}x${k}x${Math.random().toString(36).slice(2, 8)}`, body }),
        });
        if (response.status !== 201) throw new Error(`send (${path}) answered ${response.status}: ${await response.text()}`);
        if (t0 >= warmupEnds) samples[path].push(wallClock() - t0);
        await new Promise((r) => setTimeout(r, thinkMs()));
      }
    }),
  );

  const withIndex = summarize(samples.indexed);
  const without = summarize(samples.plain);
  const value = withIndex.p50 / without.p50;
  const row = (name: string, s: ReturnType<typeof summarize>) => [name, s.count, ms(s.p50), ms(s.p95), ms(s.p99), ms(s.max)];
  return {
    tables: [
      {
        caption: `Indexing cost: send call → HTTP 201 answer (ms), POST /api/v1/conversations/<id>/messages on next start, ${label} messages in the database, ${SENDERS} senders alternating message by message`,
        columns: ["database", "sends", "p50", "p95", "p99", "max"],
        rows: [
          row("with the search column and GIN index", withIndex),
          row("baseline: the same without them", without),
          ["ratio with / without", "", ratio(withIndex.p50, without.p50), ratio(withIndex.p95, without.p95), ratio(withIndex.p99, without.p99), ""],
        ],
      },
    ],
    targets: [
      {
        what: "send p50 with the search index against without",
        target: `≤ ${RATIO_TARGET}×`,
        measured: `${ratio(withIndex.p50, without.p50)} (${ms(withIndex.p50)} vs ${ms(without.p50)} ms)`,
        met: value <= RATIO_TARGET,
      },
    ],
  };
}
