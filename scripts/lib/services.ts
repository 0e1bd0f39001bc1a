import path from "node:path";
import { freePort, waitForPort } from "./ports";
import { runCommand, startProcess, type Service } from "./processes";

const root = path.resolve(__dirname, "../..");
const bin = (name: string) => path.join(root, "node_modules/.bin", name);

export type Quiet = { quiet?: boolean };

/**
 * PGlite on a free port; `dir` keeps data across restarts, without it the database lives in memory.
 * `load`: start from a dump written by an earlier instance's `dumpOnExit` (written when stopped).
 */
export async function startEmbeddedPostgres(options: Quiet & { dir?: string; port?: number; load?: string; dumpOnExit?: string } = {}) {
  const port = await freePort(options.port ?? 54329);
  const args = [
    "scripts/embedded-db.ts",
    ...["--port", String(port), ...(options.dir ? ["--dir", options.dir] : ["--memory"])],
    ...(options.load ? ["--load", options.load] : []),
    ...(options.dumpOnExit ? ["--dump-on-exit", options.dumpOnExit] : []),
  ];
  // Writing the dump (or flushing the data directory) on exit takes seconds, more on a busy machine:
  // a kill before it ends leaves none. Node itself, not the tsx CLI: the CLI could exit on the
  // signal before its child had finished, and "stopped" must mean written.
  const service = startProcess("db", process.execPath, ["--import", "tsx", ...args], {
    cwd: root,
    quiet: options.quiet,
    graceMs: options.dumpOnExit ? 120_000 : 10_000,
  });
  await readyOrExit(service, waitForPort(port, "127.0.0.1", 60_000));
  return { ...service, url: `postgresql://postgres@127.0.0.1:${port}/postgres?sslmode=disable` };
}

export const devPusherCredentials = { appId: "chatsphere-dev", key: "chatsphere-dev-key", secret: "chatsphere-dev-secret" };

/** Soketi (the open-source Pusher server) on free ports, with client events enabled. */
export async function startSoketi(options: Quiet & { port?: number; credentials?: typeof devPusherCredentials } = {}) {
  const port = await freePort(options.port ?? 6001);
  const metricsPort = await freePort(0);
  const credentials = options.credentials ?? devPusherCredentials;
  const service = startProcess("realtime", bin("soketi"), ["start"], {
    cwd: root,
    quiet: options.quiet,
    graceMs: 2_000,
    env: {
      ...process.env,
      SOKETI_HOST: "127.0.0.1",
      SOKETI_PORT: String(port),
      SOKETI_METRICS_SERVER_PORT: String(metricsPort),
      SOKETI_DEFAULT_APP_ID: credentials.appId,
      SOKETI_DEFAULT_APP_KEY: credentials.key,
      SOKETI_DEFAULT_APP_SECRET: credentials.secret,
      SOKETI_DEFAULT_APP_ENABLE_CLIENT_MESSAGES: "true",
      SOKETI_SHUTDOWN_GRACE_PERIOD: "0",
      SOKETI_DEBUG: "0",
      AWS_SDK_JS_SUPPRESS_MAINTENANCE_MODE_MESSAGE: "1",
    },
  });
  await readyOrExit(service, waitForHttp(`http://127.0.0.1:${port}/ready`, 30_000));
  const env = {
    PUSHER_APP_ID: credentials.appId,
    PUSHER_KEY: credentials.key,
    PUSHER_SECRET: credentials.secret,
    PUSHER_CLUSTER: "mt1",
    PUSHER_HOST: "127.0.0.1",
    PUSHER_PORT: String(port),
    PUSHER_USE_TLS: "false",
  };
  return { ...service, port, env };
}

export const devObjectStoreCredentials = { accessKeyId: "S3RVER", secretAccessKey: "S3RVER" };

/**
 * The local S3-compatible object store (scripts/object-store.ts, s3rver) on a free port, with its
 * bucket created. `dir` keeps the objects across restarts; without it they live in a temporary
 * folder removed when it stops. `env` points the app's storage (lib/files) at it.
 */
export async function startObjectStore(options: Quiet & { dir?: string; port?: number; bucket?: string } = {}) {
  const port = await freePort(options.port ?? 4569);
  const bucket = options.bucket ?? "chatsphere";
  const args = ["scripts/object-store.ts", "--port", String(port), "--bucket", bucket, ...(options.dir ? ["--dir", options.dir] : ["--memory"])];
  const service = startProcess("storage", bin("tsx"), args, { cwd: root, quiet: options.quiet, graceMs: 5_000 });
  await readyOrExit(service, waitForPort(port, "127.0.0.1", 30_000));
  const endpoint = `http://127.0.0.1:${port}`;
  const env = {
    S3_ENDPOINT: endpoint,
    S3_REGION: "us-east-1",
    S3_BUCKET: bucket,
    S3_ACCESS_KEY_ID: devObjectStoreCredentials.accessKeyId,
    S3_SECRET_ACCESS_KEY: devObjectStoreCredentials.secretAccessKey,
    S3_FORCE_PATH_STYLE: "true",
  };
  return { ...service, port, endpoint, bucket, env };
}

/** Applies pending migrations (prisma migrate deploy through the offline WASM engine). */
export async function migrate(databaseUrl: string, options: Quiet = {}) {
  await runCommand("migrate", process.execPath, ["scripts/prisma-migrate.mjs", "migrate", "deploy"], {
    cwd: root,
    quiet: options.quiet,
    env: { ...process.env, DATABASE_URL: databaseUrl },
  });
}

export async function waitForHttp(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms`);
}

/** Waits for `ready`; fails fast if the process exits first, and stops it if it never gets ready. */
async function readyOrExit(service: Service, ready: Promise<void>): Promise<void> {
  let onExit: (code: number | null) => void = () => {};
  const exited = new Promise<never>((_, reject) => {
    onExit = (code) => reject(new Error(`${service.name} exited before it was ready (code ${code})`));
    service.child.once("exit", onExit);
  });
  try {
    await Promise.race([ready, exited]);
  } catch (error) {
    await service.stop();
    throw error;
  } finally {
    service.child.off("exit", onExit);
  }
}
