// Prisma 6 config used ONLY by scripts/prisma-migrate.mjs (the app and `prisma generate`
// use Prisma 7 with prisma.config.ts). engine: "js" selects Prisma 6's WebAssembly schema
// engine, which talks to PostgreSQL through the pg driver adapter (no native binary).
import { randomUUID } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { defineConfig } from "prisma6/config";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
// @ts-ignore -- pg ships no typings for this internal module
import Result from "pg/lib/result";
import { parse } from "pg-connection-string";

// 1) The WASM engine reads pg_catalog columns of type "char" (OID 18) and name (OID 19), which
// @prisma/adapter-pg rejects ("Column type 'name' could not be deserialized from the database",
// prisma/prisma#27403). pg already returns both as strings, so report them as text (OID 25).
const addFields = (Result as any).prototype.addFields;
(Result as any).prototype.addFields = function (fields: Array<{ dataTypeID: number }>) {
  for (const f of fields) if (f.dataTypeID === 18 || f.dataTypeID === 19) f.dataTypeID = 25;
  return addFields.call(this, fields);
};

// 2) The WASM engine arms 10 s / 60 s guard timers it never clears, and Prisma 6's CLI only
// calls process.exit() on failure, so successful commands would linger up to a minute.
// Unref such long timers when they come from the WebAssembly module.
const setTimeout0 = globalThis.setTimeout;
globalThis.setTimeout = ((fn: any, ms?: number, ...args: any[]) => {
  const t = setTimeout0(fn, ms, ...args);
  if ((ms ?? 0) >= 5_000 && new Error().stack?.includes("wasm://")) t.unref();
  return t;
}) as typeof globalThis.setTimeout;

function pgConfig(url: string): pg.PoolConfig {
  const { database, user, password, host, port, ssl } = parse(url);
  // Discrete fields rather than connectionString (pg lets connectionString override `database`).
  // allowExitOnIdle: the CLI never closes its pools; without it every command idles ~10 s.
  return {
    database: database ?? undefined, user, password, host: host ?? undefined,
    port: port ? Number(port) : undefined, ssl: ssl as any, allowExitOnIdle: true,
  };
}

async function serverIsPglite(base: pg.ClientConfig): Promise<boolean> {
  const c = new pg.Client(base);
  await c.connect();
  try {
    const { rows } = await c.query("select version() as v");
    return /PGlite|wasm32/.test(String(rows[0].v));
  } finally {
    await c.end();
  }
}

// A throw-away in-memory PGlite, served on a unix socket, as the shadow database for a PGlite
// main database (a pglite-socket server serves one database whatever name a client asks for,
// so CREATE DATABASE + connect would land back in the main database).
async function pgliteShadow(): Promise<{ config: pg.PoolConfig; stop: () => Promise<void> }> {
  const { PGlite } = await import("@electric-sql/pglite");
  const { pg_trgm } = await import("@electric-sql/pglite/contrib/pg_trgm");
  const { PGLiteSocketServer } = await import("@electric-sql/pglite-socket");
  const dir = mkdtempSync(path.join(tmpdir(), "pglite-shadow-"));
  const db = await PGlite.create({ extensions: { pg_trgm } });
  const server = new PGLiteSocketServer({ db, path: path.join(dir, ".s.PGSQL.5432"), maxConnections: 4 });
  await server.start();
  return {
    config: { host: dir, port: 5432, user: "postgres", database: "postgres", allowExitOnIdle: true },
    stop: async () => {
      await server.stop();
      await db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

// 4) The adapter's executeScript splits a migration on every ";", which breaks function bodies
// (plpgsql triggers). Send the whole script as one simple-protocol query instead: PostgreSQL
// runs it as a single implicit transaction, so a failing migration also leaves nothing behind.
function wholeScripts(adapter: any) {
  adapter.executeScript = async (script: string) => {
    try {
      await adapter.client.query(script);
    } catch (error) {
      adapter.onError(error);
    }
  };
  return adapter;
}

function adapterFactory(url: string) {
  const base = pgConfig(url);
  const factory = new PrismaPg(base);
  const connect = factory.connect.bind(factory);
  factory.connect = async () => wholeScripts(await connect());
  // 3) The adapter's own connectToShadowDb drops the shadow database while its pool is still
  // connected ("database ... is being accessed by other users"). Same idea, right order.
  (factory as any).connectToShadowDb = async () => {
    if (await serverIsPglite(base)) {
      const shadowDb = await pgliteShadow();
      const shadow: any = wholeScripts(await new PrismaPg(shadowDb.config).connect());
      const dispose = shadow.dispose.bind(shadow);
      shadow.dispose = async () => { await dispose(); await shadowDb.stop(); };
      return shadow;
    }
    const admin = new pg.Client(base);
    await admin.connect();
    const name = `prisma_migrate_shadow_db_${randomUUID()}`;
    await admin.query(`CREATE DATABASE "${name}"`);
    const shadow: any = wholeScripts(await new PrismaPg({ ...base, database: name }).connect());
    const dispose = shadow.dispose.bind(shadow);
    shadow.dispose = async () => {
      await dispose();
      await admin.query(`DROP DATABASE IF EXISTS "${name}"`);
      await admin.end();
    };
    return shadow;
  };
  return factory;
}

export default defineConfig({
  experimental: { adapter: true },
  schema: ".migrate/schema.prisma",
  migrations: { path: "migrations" },
  engine: "js",
  adapter: async () => adapterFactory(process.env.DATABASE_URL!),
});
