import { execFile } from "node:child_process";
import { createHash, randomUUID } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { emptyDatabase } from "../../support/isolated-database";

// The migrations, applied as production applies them (scripts/prisma-migrate.mjs migrate deploy):
// they build exactly prisma/schema.prisma, apply to an empty database, and the newest one applies
// to a database that already holds data (the demo seed, copied into a database without it),
// keeping the trigger-kept columns right.

const run = promisify(execFile);
const root = path.resolve(__dirname, "../../..");
const migrationsDir = path.join(root, "prisma/migrations");
const migrations = readdirSync(migrationsDir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
const databases: Awaited<ReturnType<typeof emptyDatabase>>[] = [];

async function withClient<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

async function newDatabase(): Promise<string> {
  const database = await emptyDatabase();
  databases.push(database);
  return database.url;
}

afterAll(async () => {
  await Promise.all(databases.map((d) => d.drop()));
});

const prismaMigrate = (url: string, ...args: string[]) =>
  run(process.execPath, ["scripts/prisma-migrate.mjs", ...args], { cwd: root, env: { ...process.env, DATABASE_URL: url }, timeout: 200_000 });

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

/**
 * Copies every row of the database at `from` into the one at `to`, in the columns both have (a raw
 * copy: foreign-key checks and triggers are off while it runs, as in a restore).
 */
async function copyRows(from: string, to: string) {
  const columnsOf = async (c: pg.Client, table: string) =>
    (await c.query(`SELECT column_name FROM information_schema.columns WHERE table_schema = 'public' AND table_name = $1 AND is_generated = 'NEVER'`, [table])).rows.map((r) => r.column_name as string);
  await withClient(from, (source) =>
    withClient(to, async (target) => {
      const { rows: tables } = await target.query(`SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> '_prisma_migrations'`);
      await target.query(`SET session_replication_role = replica`);
      for (const { table_name: table } of tables as { table_name: string }[]) {
        const sourceColumns = new Set(await columnsOf(source, table));
        const shared = (await columnsOf(target, table)).filter((column) => sourceColumns.has(column)).map((column) => `"${column}"`).join(", ");
        if (!shared) continue;
        const { rows } = await source.query(`SELECT coalesce(json_agg(t), '[]') AS data FROM (SELECT ${shared} FROM "${table}") t`);
        await target.query(`INSERT INTO "${table}" (${shared}) SELECT ${shared} FROM json_populate_recordset(NULL::"${table}", $1)`, [JSON.stringify(rows[0].data)]);
      }
    }),
  );
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

// Minutes, not seconds: each test runs Prisma's migration engine (and the seed) in processes of
// their own, on a fresh database (with the embedded one, a PGlite instance to start first); one
// at a time, as each keeps a core busy.
describe("migrations", { timeout: 240_000 }, () => {
  it("build exactly the schema in prisma/schema.prisma", async () => {
    const url = await newDatabase();
    // --exit-code: 0 when the migrations and the schema agree, 2 when a migration is missing.
    await expect(prismaMigrate(url, "migrate", "diff", "--from-migrations", "prisma/migrations", "--to-schema-datamodel", "prisma/.migrate/schema.prisma", "--exit-code")).resolves.toBeDefined();
  });

  it("apply to an empty database", async () => {
    const url = await newDatabase();
    await prismaMigrate(url, "migrate", "deploy");
    const { stdout } = await prismaMigrate(url, "migrate", "status");
    expect(stdout).toContain("Database schema is up to date");
    const tables = await withClient(url, (c) => c.query(`SELECT count(*)::int AS n FROM information_schema.tables WHERE table_schema = 'public'`));
    expect(tables.rows[0].n).toBeGreaterThanOrEqual(15);
  });

  it("apply the newest migration to a database holding the seed data", async () => {
    expect(migrations.length).toBeGreaterThanOrEqual(2);
    // The seed writes through today's client, which knows the newest migration's columns: seed a
    // fully migrated database, then copy its rows into one that lacks the newest migration.
    const full = await newDatabase();
    await prismaMigrate(full, "migrate", "deploy");
    await run(path.join(root, "node_modules/.bin/tsx"), ["prisma/seed.ts"], { cwd: root, env: { ...process.env, DATABASE_URL: full }, timeout: 200_000 });
    const url = await newDatabase();
    await applyFirst(url, migrations.length - 1);
    await copyRows(full, url);
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
