import pg from "pg";
import { createDatabase, databasesNamed, dropDatabases } from "../../scripts/lib/databases";
import { buildNextApp, startNextApp } from "../../scripts/lib/next-app";
import { migrate, startEmbeddedPostgres, startSoketi } from "../../scripts/lib/services";
import type { BenchContext } from "./lifecycle";
import { commandContains, processGroup } from "./proc";

// What a benchmark runs against, all on 127.0.0.1 and all stopped or dropped by its cleanups:
//   a fresh database on the PostgreSQL server in DATABASE_URL (default: the local one), or an
//   in-memory embedded PGlite with BENCH_EMBEDDED=1 (or when no server answers);
//   Soketi on free ports; `next start` of a production build in .next-bench.

export const DEFAULT_DATABASE_SERVER = "postgresql://postgres@127.0.0.1:5432/postgres";
export const BENCH_AUTH_SECRET = "bench-secret-that-is-long-enough-for-auth-js-0123456789";
const DB_PREFIX = "chatsphere_bench";
const DIST_DIR = ".next-bench";

export type Database = {
  url: string;
  embedded: boolean;
  /** For reports: "PostgreSQL 15.20 (server at 127.0.0.1:5432)" or "embedded PGlite (PostgreSQL 17.5)". */
  description: string;
  /** The database server's processes serving this database, for CPU figures. */
  pids: () => number[];
};

export async function benchDatabase(context: BenchContext, name: string): Promise<Database> {
  const serverUrl = process.env.DATABASE_URL || DEFAULT_DATABASE_SERVER;
  if (process.env.BENCH_EMBEDDED || !(await answers(serverUrl))) {
    const embedded = await startEmbeddedPostgres({ quiet: true });
    context.defer(() => embedded.stop());
    await migrate(embedded.url, { quiet: true });
    return { url: embedded.url, embedded: true, description: `embedded PGlite (${await version(embedded.url)})`, pids: processGroup(embedded.child.pid!) };
  }
  await dropOrphans(serverUrl);
  const database = await createDatabase(serverUrl, `${DB_PREFIX}_${name}`);
  context.defer(() => database.drop());
  await migrate(database.url, { quiet: true });
  const host = new URL(serverUrl).host;
  return { url: database.url, embedded: false, description: `${await version(database.url)} (server at ${host})`, pids: commandContains(` ${database.name} `) };
}

/**
 * A copy of `original` (on the same server), dropped at the end like the others; the embedded
 * database can't copy one, so there `fill` builds the same data again in a fresh database.
 */
export async function benchDatabaseCopy(context: BenchContext, original: Database, name: string, fill: (url: string) => Promise<void>): Promise<Database> {
  if (original.embedded) {
    const fresh = await benchDatabase(context, name);
    await fill(fresh.url);
    return fresh;
  }
  const source = new URL(original.url);
  const serverUrl = process.env.DATABASE_URL || DEFAULT_DATABASE_SERVER;
  const database = await createDatabase(serverUrl, `${DB_PREFIX}_${name}`, { copyOf: decodeURIComponent(source.pathname.slice(1)) });
  context.defer(() => database.drop());
  return { ...original, url: database.url, pids: commandContains(` ${database.name} `) };
}

async function answers(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3_000 });
  try {
    await client.connect();
    return true;
  } catch {
    console.warn(`no PostgreSQL answers at ${url}: using the embedded database`);
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

async function version(url: string): Promise<string> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ v: string }>("SELECT split_part(version(), ' on ', 1) AS v");
    return rows[0]!.v;
  } finally {
    await client.end();
  }
}

/** Databases of benchmark processes that were killed before they could drop them. */
async function dropOrphans(serverUrl: string) {
  const orphans = (await databasesNamed(serverUrl, `${DB_PREFIX}_`)).filter((name) => {
    const pid = Number(/_(\d+)_[a-z0-9]+$/.exec(name)?.[1]);
    return pid > 0 && !alive(pid);
  });
  await dropDatabases(serverUrl, orphans);
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

export async function benchSoketi(context: BenchContext) {
  const soketi = await startSoketi({ quiet: true, port: 0 });
  context.defer(() => soketi.stop());
  return { ...soketi, pids: processGroup(soketi.child.pid!) };
}

/** Builds the app into .next-bench, unless BENCH_SKIP_BUILD=1 (run-all builds once for every benchmark). */
export async function buildBenchApp() {
  if (process.env.BENCH_SKIP_BUILD) return;
  console.log("building the app (next build into .next-bench)…");
  await buildNextApp({ distDir: DIST_DIR, quiet: true });
}

export async function benchApp(context: BenchContext, env: Record<string, string>) {
  const app = await startNextApp({
    distDir: DIST_DIR,
    quiet: !process.env.BENCH_VERBOSE,
    env: {
      ...env,
      AUTH_SECRET: BENCH_AUTH_SECRET,
      // Production requires a mail provider; no benchmark sends mail, so nothing listens there.
      RESEND_API_KEY: "re_bench_unused",
      RESEND_BASE_URL: "http://127.0.0.1:9",
      // Production requires object storage too; no benchmark here uploads.
      S3_BUCKET: env.S3_BUCKET ?? "bench-unused",
      S3_ENDPOINT: env.S3_ENDPOINT ?? "http://127.0.0.1:9",
    },
  });
  context.defer(() => app.stop());
  return { ...app, pids: processGroup(app.child.pid!) };
}
