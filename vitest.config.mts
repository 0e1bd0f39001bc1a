import path from "node:path";
import { defineConfig } from "vitest/config";

// Four projects, one command (`npm test`):
//   unit         pure functions, no services
//   integration  server actions, services and route handlers against real PostgreSQL + Soketi
//   e2e          the built app (`next build` + `next start`) driven by Chromium, and raw HTTP
//   e2e-latency  browser scenarios with a time budget (tests/e2e/latency): one file at a time,
//                after the others, so a budget measures the app and not a 2-core machine
//                running three other browser files
// They run in that order of groups (sequence.groupOrder): unit and integration while the e2e
// app builds in the background, then e2e, then e2e-latency.
// tests/setup/services.ts and app.ts start the shared services and app once per run (README "Testing").
const e2e = {
  globalSetup: ["tests/setup/services.ts", "tests/setup/app.ts"],
  setupFiles: ["tests/setup/e2e-app.ts"],
  server: { deps: { inline: ["next-auth"] } }, // tests/e2e/security.test.ts mints session cookies
  testTimeout: 60_000,
  hookTimeout: 120_000,
};

export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(import.meta.dirname),
      // Tests run server modules directly; the marker guards bundles, not Node (README "Layout").
      "server-only": path.resolve(import.meta.dirname, "node_modules/server-only/empty.js"),
    },
  },
  test: {
    maxWorkers: 3,
    projects: [
      {
        extends: true,
        test: { name: "unit", include: ["lib/**/*.test.ts", "tests/unit/**/*.test.ts"], environment: "node" },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          globalSetup: ["tests/setup/services.ts"],
          setupFiles: ["tests/setup/integration.ts"],
          // next-auth imports "next/server" without an extension, which only a bundler resolves.
          server: { deps: { inline: ["next-auth"] } },
          testTimeout: 60_000, // a file's first test pays its cold imports, with the e2e build running beside it
          hookTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: "e2e",
          include: ["tests/e2e/**/*.test.ts"],
          exclude: ["tests/e2e/latency/**"],
          ...e2e,
          sequence: { groupOrder: 1 },
        },
      },
      {
        extends: true,
        test: {
          name: "e2e-latency",
          include: ["tests/e2e/latency/**/*.test.ts"],
          ...e2e,
          maxWorkers: 1,
          sequence: { groupOrder: 2 },
        },
      },
    ],
  },
});
