import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "@/generated/prisma/client";
import { migrate, startEmbeddedPostgres } from "../../scripts/lib/services";

// Databases of their own, for tests that other test files running at the same time on the shared
// database would disturb: facts about the whole platform ("the last admin", the order of all
// categories) and migrations. On a PostgreSQL server they are new databases beside the shared
// one (named after it, so the run's teardown drops any left behind); with the embedded database
// (one database per PGlite instance) they are new embedded instances, started from the migrated
// dump the run made (tests/setup/services.ts).

/** For a test using one: an embedded instance takes seconds to start, more on a busy machine. */
export const ISOLATED_TEST_TIMEOUT_MS = 120_000;

const globalForDb = globalThis as unknown as { prisma?: PrismaClient };

type Database = { url: string; drop: () => Promise<void> };

/** An empty database (no schema), dropped by its drop(). */
export async function emptyDatabase(): Promise<Database> {
  if (embeddedTemplate()) return embeddedInstance();
  return onSharedServer(async (server, shared) => {
    const name = isolatedName(shared);
    await server.query(`CREATE DATABASE "${name}"`);
    return serverDatabase(shared, name);
  });
}

/** A migrated database with nothing in it, dropped by its drop(). */
async function migratedDatabase(): Promise<Database> {
  const template = embeddedTemplate();
  if (template) return embeddedInstance(template);
  return onSharedServer(async (server, shared) => {
    const name = isolatedName(shared);
    await server.query(`CREATE DATABASE "${name}" TEMPLATE "${await migratedTemplate(server, shared)}"`);
    return serverDatabase(shared, name);
  });
}

/** Runs `fn` with the app's `db` (lib/db.ts) talking to a migrated database of its own. */
export async function withIsolatedDatabase<T>(fn: () => Promise<T>): Promise<T> {
  const database = await migratedDatabase();
  const previous = globalForDb.prisma;
  const client = new PrismaClient({ adapter: new PrismaPg({ connectionString: database.url }) });
  try {
    globalForDb.prisma = client;
    return await fn();
  } finally {
    globalForDb.prisma = previous;
    await client.$disconnect();
    await database.drop();
  }
}

const embeddedTemplate = () => process.env.EMBEDDED_DB_TEMPLATE;

async function embeddedInstance(load?: string): Promise<Database> {
  const instance = await startEmbeddedPostgres({ quiet: true, port: 0, load });
  return { url: instance.url, drop: instance.stop };
}

function isolatedName(shared: URL) {
  return `${shared.pathname.slice(1)}_iso_${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
}

function urlFor(shared: URL, name: string): string {
  const url = new URL(shared);
  url.pathname = `/${name}`;
  return url.toString();
}

function serverDatabase(shared: URL, name: string): Database {
  return {
    url: urlFor(shared, name),
    drop: () => onSharedServer((server) => server.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).then(() => {}),
  };
}

async function onSharedServer<T>(fn: (server: pg.Client, shared: URL) => Promise<T>): Promise<T> {
  const shared = new URL(process.env.DATABASE_URL!);
  const server = new pg.Client({ connectionString: shared.toString() });
  await server.connect();
  try {
    return await fn(server, shared);
  } finally {
    await server.end();
  }
}

/** The migrated template, made by whichever test file asks first (an advisory lock orders them). */
async function migratedTemplate(server: pg.Client, shared: URL): Promise<string> {
  const name = `${shared.pathname.slice(1)}_iso_template`;
  await server.query("SELECT pg_advisory_lock(hashtext($1))", [name]);
  try {
    const { rowCount } = await server.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (!rowCount) {
      await server.query(`CREATE DATABASE "${name}"`);
      await migrate(urlFor(shared, name), { quiet: true });
    }
  } finally {
    await server.query("SELECT pg_advisory_unlock(hashtext($1))", [name]);
  }
  return name;
}
