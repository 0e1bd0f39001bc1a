// `npm run dev`: everything a laptop needs, one command, one Ctrl-C.
//   - DATABASE_URL unset → embedded PostgreSQL (PGlite) with its data under .data/pglite
//   - PUSHER_* unset     → Soketi on 127.0.0.1 with development credentials
//   - S3_BUCKET unset    → a local S3-compatible object store (s3rver) with its data under .data/objects
//   - RESEND_API_KEY unset → mail is kept in the dev outbox, readable at /dev/mail
//   - AUTH_SECRET unset  → a random one, generated once and kept in .data/dev-secret
//   - VAPID_* unset      → a Web Push key pair, generated once and kept in .data/vapid.json
// then migrations, demo data on an empty database, and `next dev`.
import "./lib/outside-next";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { loadEnvConfig } from "@next/env";
import webpush from "web-push";
import { isLoopbackHost } from "../lib/dev-origin";
import { EnvError, parseEnv } from "../lib/env";
import { freePort } from "./lib/ports";
import { runCommand, startProcess, type Service } from "./lib/processes";
import { migrate, startEmbeddedPostgres, startObjectStore, startSoketi } from "./lib/services";

const root = path.resolve(__dirname, "..");
const services: Service[] = [];
let stopping = false;

function log(message: string) {
  process.stdout.write(`[dev] ${message}\n`);
}

function devSecret(): string {
  const file = path.join(root, ".data/dev-secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(path.dirname(file), { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(file, secret + "\n", { mode: 0o600 });
  return secret;
}

/** The development Web Push (VAPID) key pair: browsers keep subscriptions made with it across restarts. */
function devVapidKeys(): { publicKey: string; privateKey: string } {
  const file = path.join(root, ".data/vapid.json");
  if (existsSync(file)) return JSON.parse(readFileSync(file, "utf8"));
  mkdirSync(path.dirname(file), { recursive: true });
  const keys = webpush.generateVAPIDKeys();
  writeFileSync(file, JSON.stringify(keys) + "\n", { mode: 0o600 });
  return keys;
}

async function stopAll(code: number) {
  if (stopping) return;
  stopping = true;
  log("stopping…");
  for (const service of services.reverse()) await service.stop();
  process.exit(code);
}

async function main() {
  loadEnvConfig(root, true, { info: () => {}, error: console.error });
  const env: Record<string, string | undefined> = { ...process.env, NODE_ENV: "development", NEXT_TELEMETRY_DISABLED: "1" };

  if (!env.AUTH_SECRET) env.AUTH_SECRET = devSecret();
  if (!env.VAPID_PUBLIC_KEY && !env.VAPID_PRIVATE_KEY) {
    const vapid = devVapidKeys();
    env.VAPID_PUBLIC_KEY = vapid.publicKey;
    env.VAPID_PRIVATE_KEY = vapid.privateKey;
  }

  if (!env.DATABASE_URL) {
    log("DATABASE_URL not set: starting the embedded PostgreSQL (data in .data/pglite)");
    const database = await startEmbeddedPostgres({ dir: ".data/pglite" });
    services.push(database);
    env.DATABASE_URL = database.url;
  }

  if (!env.PUSHER_APP_ID && !env.PUSHER_KEY) {
    log("PUSHER_* not set: starting Soketi, the local Pusher-compatible server");
    const soketi = await startSoketi();
    services.push(soketi);
    Object.assign(env, soketi.env);
  }

  if (!env.S3_BUCKET) {
    log("S3_BUCKET not set: starting the local object store for uploads (data in .data/objects)");
    const storage = await startObjectStore({ dir: ".data/objects" });
    services.push(storage);
    Object.assign(env, storage.env);
  }

  if (!env.RESEND_API_KEY) log("RESEND_API_KEY not set: emails go to the dev outbox at /dev/mail");

  const port = await freePort(Number(env.PORT ?? 3000));
  env.APP_URL ??= `http://localhost:${port}`;

  try {
    parseEnv(env);
  } catch (error) {
    if (error instanceof EnvError) {
      console.error(error.message);
      return stopAll(1);
    }
    throw error;
  }

  log("applying migrations");
  await migrate(env.DATABASE_URL!);
  await runCommand("seed", path.join(root, "node_modules/.bin/tsx"), ["prisma/seed.ts", "--if-empty"], {
    cwd: root,
    env: env as NodeJS.ProcessEnv,
  });
  // Images a database from before kept in PostgreSQL go to the object store.
  await runCommand("storage", path.join(root, "node_modules/.bin/tsx"), ["scripts/move-uploads-to-storage.ts"], { cwd: root, env: env as NodeJS.ProcessEnv });

  const next = startProcess("next", path.join(root, "node_modules/.bin/next"), ["dev", "--port", String(port)], {
    cwd: root,
    env: env as NodeJS.ProcessEnv,
  });
  services.push(next);
  next.child.once("exit", (code) => void stopAll(code ?? 0));
  log(`open ${env.APP_URL} (Ctrl-C stops everything)`);
  if (isLoopbackHost(new URL(env.APP_URL!).hostname)) {
    log("links in emails point there too; the same port on 127.0.0.1, [::1] or localhost redirects there");
  }
}

process.on("SIGINT", () => void stopAll(0));
process.on("SIGTERM", () => void stopAll(0));

main().catch((error) => {
  console.error("[dev] failed:", error instanceof Error ? error.message : error);
  void stopAll(1);
});
