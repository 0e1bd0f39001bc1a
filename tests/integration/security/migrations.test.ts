import { execFile } from "node:child_process";
import { createHash, randomUUID } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";

// The migrations, applied as production applies them (scripts/prisma-migrate.mjs migrate deploy):
// they build exactly prisma/schema.prisma, apply to an empty database, and the newest one applies
// to a database that already holds data (the demo seed, written before it), keeping the
// trigger-kept columns right.

const run = promisify(execFile);
const root = path.resolve(__dirname, "../../..");
const migrationsDir = path.join(root, "prisma/migrations");
const migrations = readdirSync(migrationsDir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
const created: string[] = [];

function serverUrl(database: string) {
  const url = new URL(process.env.DATABASE_URL!);
  url.pathname = `/${database}`;
  return url.toString();
}

async function withClient<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

async function emptyDatabase(): Promise<string> {
  const name = `chatsphere_migrations_${randomUUID().slice(0, 8)}`;
  await withClient(process.env.DATABASE_URL!, (c) => c.query(`CREATE DATABASE "${name}"`));
  created.push(name);
  return serverUrl(name);
}

afterAll(async () => {
  await withClient(process.env.DATABASE_URL!, async (c) => {
    for (const name of created) await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  });
});

const prismaMigrate = (url: string, ...args: string[]) =>
  run(process.execPath, ["scripts/prisma-migrate.mjs", ...args], { cwd: root, env: { ...process.env, DATABASE_URL: url }, timeout: 120_000 });

/** Applies the first `count` migrations the way `migrate deploy` records them. */
async function applyFirst(url: string, count: number) {
  await withClient(url, async (c) => {
    await c.query(`CREATE TABLE "_prisma_migrations" (
      "id" VARCHAR(36) PRIMARY KEY NOT NULL, "checksum" VARCHAR(64) NOT NULL, "finished_at" TIMESTAMPTZ,
      "migration_name" VARCHAR(255) NOT NULL, "logs" TEXT, "rolled_back_at" TIMESTAMPTZ,
      "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(), "applied_steps_count" INTEGER NOT NULL DEFAULT 0)`);
    for (const name of migrations.slice(0, count)) {
      const sql = readFileSync(path.join(migrationsDir, name, "migration.sql"), "utf8");
      await c.query(sql);
      const checksum = createHash("sha256").update(sql).digest("hex");
      await c.query(`INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, applied_steps_count) VALUES ($1, $2, now(), $3, 1)`, [randomUUID(), checksum, name]);
    }
  });
}

/** The columns the database keeps by trigger agree with the rows they summarise. */
async function countersAreRight(url: string) {
  return withClient(url, async (c) => {
    const { rows } = await c.query(`
      SELECT s.slug, s."memberCount", (SELECT count(*)::int FROM "ServerMember" m WHERE m."serverId" = s.id AND NOT m.banned) AS actual,
             s."searchText" <> '' AS searchable
      FROM "Server" s`);
    return rows as { slug: string; memberCount: number; actual: number; searchable: boolean }[];
  });
}

describe.concurrent("migrations", () => {
  it("build exactly the schema in prisma/schema.prisma", async () => {
    const url = await emptyDatabase();
    // --exit-code: 0 when the migrations and the schema agree, 2 when a migration is missing.
    await expect(prismaMigrate(url, "migrate", "diff", "--from-migrations", "prisma/migrations", "--to-schema-datamodel", "prisma/.migrate/schema.prisma", "--exit-code")).resolves.toBeDefined();
  });

  it("apply to an empty database", async () => {
    const url = await emptyDatabase();
    await prismaMigrate(url, "migrate", "deploy");
    const { stdout } = await prismaMigrate(url, "migrate", "status");
    expect(stdout).toContain("Database schema is up to date");
    const tables = await withClient(url, (c) => c.query(`SELECT count(*)::int AS n FROM information_schema.tables WHERE table_schema = 'public'`));
    expect(tables.rows[0].n).toBeGreaterThanOrEqual(15);
  });

  it("apply the newest migration to a database holding the seed data", async () => {
    expect(migrations.length).toBeGreaterThanOrEqual(2);
    const url = await emptyDatabase();
    await applyFirst(url, migrations.length - 1);
    await run(path.join(root, "node_modules/.bin/tsx"), ["prisma/seed.ts"], { cwd: root, env: { ...process.env, DATABASE_URL: url }, timeout: 120_000 });
    const seeded = await withClient(url, (c) => c.query(`SELECT (SELECT count(*) FROM "User")::int AS users, (SELECT count(*) FROM "Message")::int AS messages`));

    await prismaMigrate(url, "migrate", "deploy");
    expect((await prismaMigrate(url, "migrate", "status")).stdout).toContain("Database schema is up to date");
    const after = await withClient(url, (c) => c.query(`SELECT (SELECT count(*) FROM "User")::int AS users, (SELECT count(*) FROM "Message")::int AS messages`));
    expect(after.rows[0]).toEqual(seeded.rows[0]); // nothing lost
    expect(seeded.rows[0].messages).toBeGreaterThan(0);
    for (const server of await countersAreRight(url)) {
      expect(server.memberCount, server.slug).toBe(server.actual);
      expect(server.searchable, server.slug).toBe(true);
    }
  });
});
