// Embedded PostgreSQL (PGlite, Postgres 17 in WebAssembly) served over the Postgres wire protocol,
// so the app, Prisma and psql reach it through an ordinary DATABASE_URL.
//   tsx scripts/embedded-db.ts [--dir .data/pglite | --memory] [--port 54329] [--load <dump.tar>] [--dump-on-exit <dump.tar>]
// --load starts from a dump (PGlite's dumpDataDir) instead of an empty cluster; --dump-on-exit
// writes one when stopped. Tests make a migrated dump once and start every database from it.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";

const { values } = parseArgs({
  options: {
    dir: { type: "string", default: ".data/pglite" },
    memory: { type: "boolean", default: false },
    port: { type: "string", default: "54329" },
    load: { type: "string" },
    "dump-on-exit": { type: "string" },
  },
});

type QueuedMessage = {
  handlerId: number;
  message: Uint8Array;
  resolve: (bytes: number) => void;
  reject: (error: unknown) => void;
  onData: (data: Uint8Array) => void;
};
type QueryQueue = {
  db: PGlite;
  queue: QueuedMessage[];
  processing: boolean;
  lastHandlerId: number | null;
  processQueue: () => Promise<void>;
  clearTransactionIfNeeded: (handlerId: number) => Promise<void>;
};

// Parse, Bind, Describe, Execute, Close, Flush: extended-protocol messages that belong together
// up to the client's Sync. pglite-socket 0.1.6 runs one message at a time from any connection,
// so another connection's Parse could land between this one's Parse and Bind and replace the
// unnamed statement ("bind message supplies 2 parameters, but prepared statement requires 3").
const EXTENDED = new Set([0x50, 0x42, 0x44, 0x45, 0x43, 0x48]);
const SYNC = 0x53;
const QUERY = 0x51;

/** Makes the shared query queue serve one connection's extended-protocol exchange without interleaving. */
function serializeExchanges(server: PGLiteSocketServer) {
  const queue = (server as unknown as { queryQueue: QueryQueue }).queryQueue;
  let exchangeOwner: number | null = null;

  queue.processQueue = async function (this: QueryQueue) {
    if (this.processing) return;
    this.processing = true;
    try {
      while (this.queue.length > 0) {
        // A connection inside a transaction or an unfinished exchange is served alone until it ends.
        const owner = this.db.isInTransaction() && this.lastHandlerId !== null ? this.lastHandlerId : exchangeOwner;
        const index = owner === null ? 0 : this.queue.findIndex((m) => m.handlerId === owner);
        if (index === -1) break; // wait for the owner's next message; its enqueue restarts us
        const [item] = this.queue.splice(index, 1) as [QueuedMessage];
        const type = item.message[0]!;
        if (type === SYNC || type === QUERY) exchangeOwner = null;
        else if (EXTENDED.has(type)) exchangeOwner = item.handlerId;
        let bytes = 0;
        try {
          await this.db.runExclusive(() =>
            this.db.execProtocolRawStream(item.message, {
              onRawData: (data: Uint8Array) => {
                bytes += data.length;
                item.onData(data);
              },
            }),
          );
          this.lastHandlerId = item.handlerId;
          item.resolve(bytes);
        } catch (error) {
          item.reject(error);
        }
      }
    } finally {
      this.processing = false;
    }
  };

  const clear = queue.clearTransactionIfNeeded.bind(queue);
  queue.clearTransactionIfNeeded = async (handlerId: number) => {
    if (exchangeOwner === handlerId) exchangeOwner = null; // its connection is gone
    await clear(handlerId);
    await queue.processQueue();
  };
}

async function main() {
  if (!values.memory) mkdirSync(values.dir, { recursive: true });
  const db = await PGlite.create({
    dataDir: values.memory ? undefined : values.dir,
    loadDataDir: values.load ? new Blob([readFileSync(values.load)]) : undefined,
    extensions: { pg_trgm },
  });
  const server = new PGLiteSocketServer({ db, host: "127.0.0.1", port: Number(values.port), maxConnections: 32 });
  serializeExchanges(server);
  await server.start();
  console.log(`embedded PostgreSQL ready on 127.0.0.1:${values.port} (${values.memory ? "in memory" : values.dir})`);
  let stopping = false;
  const shutdown = async () => {
    if (stopping) return; // a second Ctrl+C, or SIGTERM after SIGINT
    stopping = true;
    await server.stop();
    const dumpTo = values["dump-on-exit"];
    if (dumpTo) writeFileSync(dumpTo, Buffer.from(await (await db.dumpDataDir("none")).arrayBuffer()));
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
