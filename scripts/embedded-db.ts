// Embedded PostgreSQL (PGlite, Postgres 17 in WebAssembly) served over the Postgres wire protocol,
// so the app, Prisma and psql reach it through an ordinary DATABASE_URL.
//   tsx scripts/embedded-db.ts [--dir .data/pglite | --memory] [--port 54329]
import { mkdirSync } from "node:fs";
import { parseArgs } from "node:util";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";

const { values } = parseArgs({
  options: {
    dir: { type: "string", default: ".data/pglite" },
    memory: { type: "boolean", default: false },
    port: { type: "string", default: "54329" },
  },
});

async function main() {
  if (!values.memory) mkdirSync(values.dir, { recursive: true });
  const db = await PGlite.create({ dataDir: values.memory ? undefined : values.dir, extensions: { pg_trgm } });
  const server = new PGLiteSocketServer({ db, host: "127.0.0.1", port: Number(values.port), maxConnections: 32 });
  await server.start();
  console.log(`embedded PostgreSQL ready on 127.0.0.1:${values.port} (${values.memory ? "in memory" : values.dir})`);
  const shutdown = async () => {
    await server.stop();
    await db.close(); // flushes the data directory
    process.exit(0);
  };
  process.on("SIGINT", shutdown);
  process.on("SIGTERM", shutdown);
}

main().catch((error) => {
  console.error("embedded PostgreSQL failed to start:", error);
  process.exit(1);
});
