import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { buildNextApp, startNextApp } from "../../scripts/lib/next-app";
import { freePort } from "../../scripts/lib/ports";

// The e2e projects' app: a production build (`next build` into .next-test, so a running
// `npm run dev` is left alone) served by `next start` on a free port, against the test services.
// Built and started once per run however many projects ask (e2e and e2e-latency), in the
// background: Vitest awaits every global setup before the first test, and the unit and
// integration projects (groupOrder 0) need no app, so they run while it builds. Each e2e file
// waits for it in tests/setup/e2e-app.ts, through a status file ("ready" or the failure).
// E2E_SKIP_BUILD=1 reuses the last build while iterating on tests only.

type App = Awaited<ReturnType<typeof startNextApp>>;
type Shared = { url: string; statusFile: string; app: Promise<App | undefined> };
const state = globalThis as unknown as { testApp?: Promise<Shared>; testAppUsers?: number };

async function start(): Promise<Shared> {
  const distDir = process.env.NEXT_DIST_DIR || ".next-test";
  const quiet = !process.env.E2E_VERBOSE;
  const port = await freePort(0);
  const statusFile = path.join(mkdtempSync(path.join(tmpdir(), "chatsphere-e2e-app-")), "status");
  writeFileSync(statusFile, "building");
  const app = (async () => {
    if (!process.env.E2E_SKIP_BUILD) await buildNextApp({ distDir, quiet });
    return startNextApp({ distDir, quiet, port });
  })().then(
    (started) => {
      writeFileSync(statusFile, "ready");
      return started;
    },
    (error: unknown) => {
      writeFileSync(statusFile, `failed: ${error instanceof Error ? error.message : String(error)}`);
      return undefined;
    },
  );
  return { url: `http://127.0.0.1:${port}`, statusFile, app };
}

export default async function setup(project: TestProject) {
  state.testApp ??= start();
  state.testAppUsers = (state.testAppUsers ?? 0) + 1;
  const { url, statusFile, app } = await state.testApp;
  process.env.APP_URL = url;
  project.provide("appUrl", url);
  project.provide("appStatusFile", statusFile);
  return async () => {
    state.testAppUsers! -= 1;
    if (state.testAppUsers! > 0) return;
    await (await app)?.stop();
    rmSync(path.dirname(statusFile), { recursive: true, force: true });
  };
}

declare module "vitest" {
  export interface ProvidedContext {
    appStatusFile: string;
  }
}
