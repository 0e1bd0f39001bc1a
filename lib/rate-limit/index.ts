import "server-only";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { databaseStore } from "@/lib/rate-limit/database-store";
import { redisStore } from "@/lib/rate-limit/redis-store";
import type { RateLimitStore } from "@/lib/rate-limit/store";

// Fixed-window rate limits shared by every server instance (database, or Redis with REDIS_URL):
//   await rateLimit(`signup:ip:${ip}`, { limit: 10, windowSeconds: 3600 });
// counts one attempt and throws AppError("rate_limited") with retryAfterSeconds and a
// "Try again in N minutes." message once more than `limit` were made in the window.

export type RateLimitRule = { limit: number; windowSeconds: number };
export type RateLimitResult = { allowed: boolean; count: number; retryAfterSeconds: number };

const globalForStore = globalThis as unknown as { rateLimitStore?: RateLimitStore };

function store(): RateLimitStore {
  const url = env().REDIS_URL;
  globalForStore.rateLimitStore ??= url ? redisStore(url) : databaseStore;
  return globalForStore.rateLimitStore;
}

/** Counts one attempt on `key` and says whether it is within the rule (for limits that refuse silently). */
export async function checkRateLimit(key: string, rule: RateLimitRule): Promise<RateLimitResult> {
  const { count, retryAfterSeconds } = await store().hit(key, rule.windowSeconds);
  return { allowed: count <= rule.limit, count, retryAfterSeconds };
}

/** Counts one attempt on `key`; throws a rate_limited AppError once the rule is exceeded. */
export async function rateLimit(key: string, rule: RateLimitRule, message = "Too many attempts."): Promise<void> {
  const result = await checkRateLimit(key, rule);
  if (!result.allowed) throw rateLimited(message, result.retryAfterSeconds);
}

/** Gives back the attempt just counted on `key` (it turned out not to count, e.g. a successful sign-in). */
export function refundRateLimit(key: string): Promise<void> {
  return store().refund(key);
}

/** Starts `key` afresh (e.g. an account's failed sign-ins after its password was reset). */
export function clearRateLimit(key: string): Promise<void> {
  return store().clear(key);
}

export function rateLimited(message: string, retryAfterSeconds: number): AppError {
  return new AppError("rate_limited", `${message} Try again in ${waitText(retryAfterSeconds)}.`, undefined, retryAfterSeconds);
}

function waitText(seconds: number): string {
  if (seconds < 60) return seconds <= 1 ? "a second" : `${seconds} seconds`;
  const minutes = Math.ceil(seconds / 60);
  return minutes === 1 ? "1 minute" : `${minutes} minutes`;
}
