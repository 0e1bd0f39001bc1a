import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "@/generated/prisma/client";
import { migrate } from "../../scripts/lib/services";

// For the few tests about platform-wide facts ("the last admin"), which other test files running
// at the same time on the shared database would disturb: a fresh, migrated database of their own
// on the same server. While `fn` runs, the app's `db` (lib/db.ts) talks to it. Needs a real
// PostgreSQL server (DATABASE_URL); the embedded fallback has a single database.

const globalForDb = globalThis as unknown as { prisma?: PrismaClient };

// The embedded database's URL (scripts/lib/services.ts) is the one that turns SSL off.
export const canIsolateDatabase = Boolean(process.env.DATABASE_URL && !process.env.DATABASE_URL.includes("sslmode=disable"));

export async function withIsolatedDatabase<T>(fn: () => Promise<T>): Promise<T> {
  const shared = new URL(process.env.DATABASE_URL!);
  const name = `${shared.pathname.slice(1)}_iso_${Date.now().toString(36)}`;
  const admin = new pg.Client({ connectionString: shared.toString() });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  const isolated = new URL(shared);
  isolated.pathname = `/${name}`;
  const previous = globalForDb.prisma;
  const client = new PrismaClient({ adapter: new PrismaPg({ connectionString: isolated.toString() }) });
  try {
    await migrate(isolated.toString(), { quiet: true });
    globalForDb.prisma = client;
    return await fn();
  } finally {
    globalForDb.prisma = previous;
    await client.$disconnect();
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.end();
  }
}
