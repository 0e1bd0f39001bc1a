import { readFileSync } from "node:fs";
import { beforeAll, inject } from "vitest";

// Each e2e file starts once the run's app is built and served (tests/setup/app.ts builds it in
// the background), and fails with the build's error when it could not be.
const BUILD_MS = 20 * 60_000;

beforeAll(async () => {
  for (;;) {
    const status = readFileSync(inject("appStatusFile"), "utf8");
    if (status === "ready") return;
    if (status.startsWith("failed")) throw new Error(`the e2e app could not be built or started (${status})`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}, BUILD_MS);
