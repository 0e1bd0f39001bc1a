import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { createDatabase, databasesNamed, dropDatabases } from "../../scripts/lib/databases";
import { migrate, startEmbeddedPostgres, startObjectStore, startSoketi } from "../../scripts/lib/services";
import webpush from "web-push";
import { startLinkSite } from "../support/link-site";
import { startMailServer } from "../support/mail-server";
import { startPushService } from "../support/push-service";

// Starts what integration and e2e tests talk to, once per run however many projects ask:
//   PostgreSQL  a fresh database on the server in DATABASE_URL (created here, dropped after),
//               or, with no DATABASE_URL, an in-memory embedded PGlite started from a migrated
//               dump that tests needing a database of their own start from too
//               (tests/support/isolated-database.ts; EMBEDDED_DB_TEMPLATE names it)
//   Soketi      on free ports, with the app's realtime env pointing at it
//   Storage     a local S3-compatible object store (s3rver) in a temporary folder, its bucket made
//   Resend      a local HTTP endpoint recording the emails (RESEND_BASE_URL)
//   Web Push    a local push service storing the encrypted pushes (PUSH_SERVICE_URL), and a VAPID pair
//   Web site    pages with Open Graph tags for link previews (LINK_SITE_URL), allowed to the
//               fetcher despite its loopback address (LINK_PREVIEW_TEST_ALLOW)
// The values go into process.env, which the test workers (and the e2e app server) inherit.

type Services = { env: Record<string, string>; stop: () => Promise<void> };
const state = globalThis as unknown as { testServices?: Promise<Services>; testServicesUsers?: number };

export const TEST_AUTH_SECRET = "test-secret-that-is-long-enough-for-auth-js-0123456789";

async function freshDatabase(serverUrl: string) {
  const database = await createDatabase(serverUrl, "chatsphere_test");
  await migrate(database.url, { quiet: true });
  return {
    url: database.url,
    env: {},
    async stop() {
      if (process.env.KEEP_TEST_DB) return console.log(`kept test database ${database.name}`);
      // With the databases some tests made for themselves (tests/support/isolated-database.ts).
      await dropDatabases(serverUrl, [database.name, ...(await databasesNamed(serverUrl, `${database.name}_iso_`))]);
    },
  };
}

/** Migrates an empty embedded instance once and dumps it; the run's database starts from the dump. */
async function embeddedDatabase() {
  const dir = mkdtempSync(path.join(tmpdir(), "chatsphere-test-db-"));
  const template = path.join(dir, "migrated.tar");
  const maker = await startEmbeddedPostgres({ quiet: true, port: 0, dumpOnExit: template });
  await migrate(maker.url, { quiet: true });
  await maker.stop();
  if (!existsSync(template)) throw new Error(`the migrated embedded database was not dumped to ${template}`);
  const database = await startEmbeddedPostgres({ quiet: true, port: 0, load: template });
  return {
    url: database.url,
    env: { EMBEDDED_DB_TEMPLATE: template },
    async stop() {
      await database.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function start(): Promise<Services> {
  const database = process.env.DATABASE_URL ? await freshDatabase(process.env.DATABASE_URL) : await embeddedDatabase();
  const soketi = await startSoketi({ quiet: true, port: 0 });
  const storage = await startObjectStore({ quiet: true, port: 0, bucket: "chatsphere-test" });
  const mail = await startMailServer();
  const push = await startPushService();
  const vapid = webpush.generateVAPIDKeys();
  const linkSite = await startLinkSite();
  const env = {
    DATABASE_URL: database.url,
    ...database.env,
    AUTH_SECRET: TEST_AUTH_SECRET,
    APP_URL: "http://127.0.0.1:3999",
    ...soketi.env,
    RESEND_API_KEY: "re_test_key",
    RESEND_BASE_URL: mail.url,
    EMAIL_FROM: "Chatsphere Test <test@chatsphere.test>",
    MAIL_SERVER_URL: mail.url,
    SOKETI_PORT: String(soketi.port),
    ...storage.env,
    VAPID_PUBLIC_KEY: vapid.publicKey,
    VAPID_PRIVATE_KEY: vapid.privateKey,
    VAPID_SUBJECT: "mailto:push@chatsphere.test",
    PUSH_SERVICE_URL: push.url,
    PUSH_SERVICE_ORIGINS: push.url,
    CRON_SECRET: "test-cron-secret-0123456789", // the scheduler's, for /api/cron/*
    TRUSTED_PROXY_HOPS: "1", // tests stand in for one reverse proxy (newVisitor's X-Forwarded-For)
    LINK_SITE_URL: linkSite.url,
    LINK_PREVIEW_TEST_ALLOW: new URL(linkSite.url).host,
  };
  return {
    env,
    async stop() {
      await mail.stop();
      await push.stop();
      await linkSite.stop();
      await storage.stop();
      await soketi.stop();
      await database.stop();
    },
  };
}

export default async function setup(project: TestProject) {
  state.testServices ??= start();
  state.testServicesUsers = (state.testServicesUsers ?? 0) + 1;
  const services = await state.testServices;
  Object.assign(process.env, services.env);
  project.provide("services", services.env);
  return async () => {
    state.testServicesUsers! -= 1;
    if (state.testServicesUsers === 0) await services.stop();
  };
}

declare module "vitest" {
  export interface ProvidedContext {
    services: Record<string, string>;
    appUrl: string;
  }
}
