import "server-only";
import { env, type Env } from "@/lib/env";

const LOOPBACK = new Set(["127.0.0.1", "localhost", "[::1]"]);

/**
 * The private sites the preview fetcher may reach anyway: the local test site of the test runs
 * (LINK_PREVIEW_TEST_ALLOW). A production server honours it only while it is itself served on a
 * loopback address (the e2e tests' `next start`); a deployed one refuses every private address.
 */
export function previewAllowList(config: Pick<Env, "LINK_PREVIEW_TEST_ALLOW" | "NODE_ENV" | "APP_URL"> = env()): string[] {
  if (!config.LINK_PREVIEW_TEST_ALLOW) return [];
  if (config.NODE_ENV === "production" && !LOOPBACK.has(new URL(config.APP_URL).hostname)) return [];
  return config.LINK_PREVIEW_TEST_ALLOW.split(",").map((entry) => entry.trim()).filter(Boolean);
}
