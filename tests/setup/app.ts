import path from "node:path";
import type { TestProject } from "vitest/node";
import { freePort } from "../../scripts/lib/ports";
import { runCommand, startProcess } from "../../scripts/lib/processes";
import { waitForHttp } from "../../scripts/lib/services";

// The e2e project's app: a production build (`next build` into .next-test, so a running
// `npm run dev` is left alone) served by `next start` on a free port, against the test services.
// E2E_SKIP_BUILD=1 reuses the last build while iterating on tests only.

const root = path.resolve(__dirname, "../..");
const next = path.join(root, "node_modules/.bin/next");

export default async function setup(project: TestProject) {
  const distDir = process.env.NEXT_DIST_DIR || ".next-test";
  const env = { ...process.env, NODE_ENV: "production" as const, NEXT_TELEMETRY_DISABLED: "1", NEXT_DIST_DIR: distDir };
  if (!process.env.E2E_SKIP_BUILD) {
    await runCommand("build", next, ["build"], { cwd: root, env, quiet: !process.env.E2E_VERBOSE });
  }
  const port = await freePort(0);
  const appUrl = `http://127.0.0.1:${port}`;
  const server = startProcess("app", next, ["start", "--port", String(port), "--hostname", "127.0.0.1"], {
    cwd: root,
    env: { ...env, APP_URL: appUrl, PORT: String(port) },
    quiet: !process.env.E2E_VERBOSE,
  });
  await waitForHttp(`${appUrl}/`, 60_000);
  process.env.APP_URL = appUrl;
  project.provide("appUrl", appUrl);
  return () => server.stop();
}
