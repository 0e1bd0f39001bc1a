import type { TestProject } from "vitest/node";
import { createDatabase, databasesNamed, dropDatabases } from "../../scripts/lib/databases";
import { migrate, startEmbeddedPostgres, startSoketi } from "../../scripts/lib/services";
import { startMailServer } from "../support/mail-server";

// Starts what integration and e2e tests talk to, once per run however many projects ask:
//   PostgreSQL  a fresh database on the server in DATABASE_URL (created here, dropped after),
//               or, with no DATABASE_URL, an in-memory embedded PGlite
//   Soketi      on free ports, with the app's realtime env pointing at it
//   Resend      a local HTTP endpoint recording the emails (RESEND_BASE_URL)
// The values go into process.env, which the test workers (and the e2e app server) inherit.

type Services = { env: Record<string, string>; stop: () => Promise<void> };
const state = globalThis as unknown as { testServices?: Promise<Services>; testServicesUsers?: number };

export const TEST_AUTH_SECRET = "test-secret-that-is-long-enough-for-auth-js-0123456789";

async function freshDatabase(serverUrl: string) {
  const database = await createDatabase(serverUrl, "chatsphere_test");
  return {
    url: database.url,
    async stop() {
      if (process.env.KEEP_TEST_DB) return console.log(`kept test database ${database.name}`);
      // With the databases some tests made for themselves (tests/support/isolated-database.ts).
      await dropDatabases(serverUrl, [database.name, ...(await databasesNamed(serverUrl, `${database.name}_iso_`))]);
    },
  };
}

async function start(): Promise<Services> {
  const database = process.env.DATABASE_URL
    ? await freshDatabase(process.env.DATABASE_URL)
    : await startEmbeddedPostgres({ quiet: true });
  await migrate(database.url, { quiet: true });
  const soketi = await startSoketi({ quiet: true, port: 0 });
  const mail = await startMailServer();
  const env = {
    DATABASE_URL: database.url,
    AUTH_SECRET: TEST_AUTH_SECRET,
    APP_URL: "http://127.0.0.1:3999",
    ...soketi.env,
    RESEND_API_KEY: "re_test_key",
    RESEND_BASE_URL: mail.url,
    EMAIL_FROM: "Chatsphere Test <test@chatsphere.test>",
    MAIL_SERVER_URL: mail.url,
    SOKETI_PORT: String(soketi.port),
  };
  return {
    env,
    async stop() {
      await mail.stop();
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
