import { execFile } from "node:child_process";
import { randomUUID } from "node:crypto";
import path from "node:path";
import { promisify } from "node:util";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import migrateConfig from "@/prisma/migrate.config";

// The offline migration path (README "Database") runs Prisma 6's WebAssembly engine through
// @prisma/adapter-pg with four runtime patches in prisma/migrate.config.ts. Each reaches into a
// library's internals, so an upgrade of pg, @prisma/adapter-pg or prisma6 can break one quietly:
// each test below fails, naming its patch, when that happens.

// What Prisma 6's engine holds: the config's factory as defineConfig binds it, every answer a
// Result ({ ok: true, value } or { ok: false, error }).
type Result<T> = { ok: true; value: T } | { ok: false; error: unknown };
type Bound = {
  queryRaw(query: { sql: string; args: unknown[]; argTypes: unknown[] }): Promise<Result<{ rows: unknown[][] }>>;
  executeScript(script: string): Promise<Result<void>>;
  dispose(): Promise<Result<void>>;
};
type Factory = { connect(): Promise<Result<Bound>>; connectToShadowDb(): Promise<Result<Bound>> };

function value<T>(result: Result<T>): T {
  if (!result.ok) throw Object.assign(new Error("the adapter refused"), { cause: result.error });
  return result.value;
}
const query = async (adapter: Bound, sql: string) => value(await adapter.queryRaw({ sql, args: [], argTypes: [] })).rows;

const run = promisify(execFile);
const root = path.resolve(__dirname, "../..");
const database = `chatsphere_offline_migrate_${randomUUID().slice(0, 8)}`;
let url: string;
let factory: Factory;
let adapter: Bound;

async function admin<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

const shadowDatabases = () => admin(async (c) => (await c.query(`SELECT datname FROM pg_database WHERE datname LIKE 'prisma_migrate_shadow_db_%'`)).rows.map((r) => r.datname as string));

beforeAll(async () => {
  await admin((c) => c.query(`CREATE DATABASE "${database}"`));
  const parsed = new URL(process.env.DATABASE_URL!);
  parsed.pathname = `/${database}`;
  url = parsed.toString();
  const previous = process.env.DATABASE_URL;
  process.env.DATABASE_URL = url; // the config's adapter reads it when called, as the CLI calls it
  try {
    factory = (await (migrateConfig as unknown as { adapter: () => Promise<Factory> }).adapter()) as Factory;
  } finally {
    process.env.DATABASE_URL = previous;
  }
  adapter = value(await factory.connect());
});

afterAll(async () => {
  if (adapter) value(await adapter.dispose());
  await admin((c) => c.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`));
});

describe("prisma/migrate.config.ts patches", () => {
  it('patch 1: catalog columns of type name and "char" reach the engine as text (prisma/prisma#27403)', async () => {
    expect(await query(adapter, `SELECT typname, typtype FROM pg_type WHERE typname = 'int4'`)).toEqual([["int4", "b"]]);
  });

  it("patch 2: a successful command exits at once (the WebAssembly engine's guard timers are unref'd)", async () => {
    const started = Date.now();
    await run(process.execPath, ["scripts/prisma-migrate.mjs", "migrate", "status"], { cwd: root, env: { ...process.env, DATABASE_URL: url }, timeout: 120_000 }).catch((error) => {
      // An empty database has pending migrations: status exits 1 then, after printing them.
      if (!String(error.stdout).includes("have not yet been applied")) throw error;
    });
    // The guard timers run 60 s; a command otherwise takes a few seconds, more on a busy machine.
    expect(Date.now() - started).toBeLessThan(45_000);
  }, 120_000);

  it("patch 3: the shadow database is dropped after its connection closes, not while in use", async () => {
    expect(typeof PrismaPg.prototype.connectToShadowDb, "PrismaPg no longer has connectToShadowDb: the engine calls something else now").toBe("function");
    if (process.env.EMBEDDED_DB_TEMPLATE) {
      // The embedded server serves one database whatever the name: the shadow is a PGlite of its own.
      const shadow = value(await factory.connectToShadowDb());
      value(await shadow.executeScript(`CREATE TABLE probe (id int)`));
      expect(await query(shadow, `SELECT to_regclass('probe')::text`)).toEqual([["probe"]]);
      expect(await query(adapter, `SELECT to_regclass('probe')::text`)).toEqual([[null]]);
      value(await shadow.dispose());
      return;
    }
    const before = await shadowDatabases();
    const shadow = value(await factory.connectToShadowDb());
    const created = (await shadowDatabases()).filter((name) => !before.includes(name));
    expect(created).toHaveLength(1);
    value(await shadow.executeScript(`CREATE TABLE probe (id int)`));
    value(await shadow.dispose());
    expect(await shadowDatabases()).not.toContain(created[0]);
  });

  it("patch 4: a migration script runs whole, so function bodies keep their semicolons", async () => {
    value(await adapter.executeScript(`
      CREATE TABLE counted (n int);
      CREATE FUNCTION bump() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.n := NEW.n + 1;
        RETURN NEW;
      END;
      $$;
      CREATE TRIGGER bump BEFORE INSERT ON counted FOR EACH ROW EXECUTE FUNCTION bump();
      INSERT INTO counted VALUES (1);`));
    expect(await query(adapter, `SELECT n FROM counted`)).toEqual([[2]]);
  });
});
