import type { TestProject } from "vitest/node";
import { buildNextApp, startNextApp } from "../../scripts/lib/next-app";

// The e2e project's app: a production build (`next build` into .next-test, so a running
// `npm run dev` is left alone) served by `next start` on a free port, against the test services.
// E2E_SKIP_BUILD=1 reuses the last build while iterating on tests only.

export default async function setup(project: TestProject) {
  const distDir = process.env.NEXT_DIST_DIR || ".next-test";
  const quiet = !process.env.E2E_VERBOSE;
  if (!process.env.E2E_SKIP_BUILD) await buildNextApp({ distDir, quiet });
  const server = await startNextApp({ distDir, quiet });
  process.env.APP_URL = server.url;
  project.provide("appUrl", server.url);
  return () => server.stop();
}
