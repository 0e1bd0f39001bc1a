import path from "node:path";
import { freePort } from "./ports";
import { runCommand, startProcess } from "./processes";
import { waitForHttp } from "./services";

// A production build of the app (`next build` into its own dist dir, so a running `npm run dev`
// or another build is left alone) and `next start` of it on a free port of 127.0.0.1.
// Used by the e2e tests (.next-test) and the benchmarks (.next-bench).

const root = path.resolve(__dirname, "../..");
const next = path.join(root, "node_modules/.bin/next");

type Options = { distDir: string; quiet?: boolean };

const productionEnv = (distDir: string) => ({ ...process.env, NODE_ENV: "production" as const, NEXT_TELEMETRY_DISABLED: "1", NEXT_DIST_DIR: distDir });

export function buildNextApp({ distDir, quiet }: Options) {
  return runCommand("build", next, ["build"], { cwd: root, env: productionEnv(distDir), quiet });
}

/** `next start` with `env` on top of this process's environment; APP_URL and PORT are set to where it listens (`port`, or a free one). */
export async function startNextApp({ distDir, quiet, env = {}, ...options }: Options & { env?: Record<string, string>; port?: number }) {
  const port = options.port ?? (await freePort(0));
  const url = `http://127.0.0.1:${port}`;
  const service = startProcess("app", next, ["start", "--port", String(port), "--hostname", "127.0.0.1"], {
    cwd: root,
    env: { ...productionEnv(distDir), ...env, APP_URL: url, PORT: String(port) },
    quiet,
  });
  try {
    await waitForHttp(`${url}/`, 60_000);
  } catch (error) {
    await service.stop();
    throw error;
  }
  return { ...service, url, port };
}

/**
 * `next dev` (React StrictMode, routes compiled on first visit) in its own dist dir on a free
 * port, as `npm run dev` runs the app for newcomers. Used by e2e tests that must hold there too.
 */
export async function startNextDev({ distDir, quiet, env = {} }: Options & { env?: Record<string, string> }) {
  const port = await freePort(0);
  const url = `http://127.0.0.1:${port}`;
  const service = startProcess("dev", next, ["dev", "--port", String(port), "--hostname", "127.0.0.1"], {
    cwd: root,
    env: { ...process.env, NODE_ENV: "development", NEXT_TELEMETRY_DISABLED: "1", NEXT_DIST_DIR: distDir, ...env, APP_URL: url, PORT: String(port) },
    quiet,
  });
  try {
    await waitForHttp(`${url}/`, 180_000);
  } catch (error) {
    await service.stop();
    throw error;
  }
  return { ...service, url, port };
}
