import path from "node:path";
import { defineConfig } from "vitest/config";

// Three projects, one command (`npm test`):
//   unit        pure functions, no services
//   integration server actions, services and route handlers against real PostgreSQL + Soketi
//   e2e         the built app (`next build` + `next start`) driven by Chromium, and raw HTTP
// tests/setup/services.ts starts the shared services once per run (see README "Testing").
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
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: "e2e",
          include: ["tests/e2e/**/*.test.ts"],
          globalSetup: ["tests/setup/services.ts", "tests/setup/app.ts"],
          server: { deps: { inline: ["next-auth"] } }, // tests/e2e/security.test.ts mints session cookies
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
