import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "@/generated/prisma/client";
import { migrate } from "../../scripts/lib/services";

// For the few tests about platform-wide facts ("the last admin", the order of all categories),
// which other test files running at the same time on the shared database would disturb: a fresh
// database of their own on the same server. While `fn` runs, the app's `db` (lib/db.ts) talks to
// it. The schema is migrated once per run into a template that each copy starts from; the test
// run's teardown drops them with the shared database (names start with its name). Needs a real
// PostgreSQL server; the embedded fallback has a single database.

const globalForDb = globalThis as unknown as { prisma?: PrismaClient };

// The embedded database's URL (scripts/lib/services.ts) is the one that turns SSL off.
export const canIsolateDatabase = Boolean(process.env.DATABASE_URL && !process.env.DATABASE_URL.includes("sslmode=disable"));

function urlFor(shared: URL, name: string): string {
  const url = new URL(shared);
  url.pathname = `/${name}`;
  return url.toString();
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

export async function withIsolatedDatabase<T>(fn: () => Promise<T>): Promise<T> {
  const shared = new URL(process.env.DATABASE_URL!);
  const server = new pg.Client({ connectionString: shared.toString() });
  await server.connect();
  const name = `${shared.pathname.slice(1)}_iso_${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  const previous = globalForDb.prisma;
  let client: PrismaClient | undefined;
  try {
    await server.query(`CREATE DATABASE "${name}" TEMPLATE "${await migratedTemplate(server, shared)}"`);
    client = new PrismaClient({ adapter: new PrismaPg({ connectionString: urlFor(shared, name) }) });
    globalForDb.prisma = client;
    return await fn();
  } finally {
    globalForDb.prisma = previous;
    await client?.$disconnect();
    await server.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await server.end();
  }
}
