import "server-only";
import { Redis } from "ioredis";
import type { RateLimitStore } from "@/lib/rate-limit/store";

// Fixed windows in Redis: INCR, and the first hit of a window sets its expiry, in one script so
// that concurrent hits cannot leave a key without one.
const HIT = `
local count = redis.call('INCR', KEYS[1])
local ttl = redis.call('PTTL', KEYS[1])
if ttl < 0 then
  redis.call('PEXPIRE', KEYS[1], ARGV[1])
  ttl = tonumber(ARGV[1])
end
return { count, ttl }`;

const REFUND = `
if redis.call('PTTL', KEYS[1]) > 0 and tonumber(redis.call('GET', KEYS[1])) > 0 then
  redis.call('DECR', KEYS[1])
end
return 0`;

const PREFIX = "chatsphere:rate-limit:";

export function redisStore(url: string): RateLimitStore & { quit(): Promise<void> } {
  // Fail fast rather than queue for long: a refused rate-limit check refuses the request.
  const redis = new Redis(url, { maxRetriesPerRequest: 2, connectTimeout: 2_000, lazyConnect: true });
  return {
    async hit(key, windowSeconds) {
      const [count, ttlMs] = (await redis.eval(HIT, 1, PREFIX + key, windowSeconds * 1000)) as [number, number];
      return { count, retryAfterSeconds: Math.max(1, Math.ceil(ttlMs / 1000)) };
    },
    async refund(key) {
      await redis.eval(REFUND, 1, PREFIX + key);
    },
    async clear(key) {
      await redis.del(PREFIX + key);
    },
    async quit() {
      await redis.quit();
    },
  };
}
