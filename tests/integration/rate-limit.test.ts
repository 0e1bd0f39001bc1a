import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseStore } from "@/lib/rate-limit/database-store";
import { redisStore } from "@/lib/rate-limit/redis-store";
import type { RateLimitStore } from "@/lib/rate-limit/store";
import { checkRateLimit, clearRateLimit, rateLimit, refundRateLimit } from "@/lib/rate-limit";
import { freePort, waitForPort } from "../../scripts/lib/ports";
import { unique } from "../support/factories";

// The same contract for both stores: counts per window, atomic under concurrency, refund, clear,
// and a fresh window once the old one has passed.
function storeContract(name: string, getStore: () => RateLimitStore) {
  describe(`${name} store`, () => {
    it("counts hits in a window and says how long it has left", async () => {
      const key = unique("k");
      expect(await getStore().hit(key, 60)).toEqual({ count: 1, retryAfterSeconds: 60 });
      const second = await getStore().hit(key, 60);
      expect(second.count).toBe(2);
      expect(second.retryAfterSeconds).toBeGreaterThan(55);
      expect(second.retryAfterSeconds).toBeLessThanOrEqual(60);
    });

    it("counts every one of many concurrent hits exactly once", async () => {
      const key = unique("k");
      const counts = await Promise.all(Array.from({ length: 40 }, () => getStore().hit(key, 60).then((r) => r.count)));
      expect(counts.sort((a, b) => a - b)).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
    });

    it("starts a new window once the old one has passed", async () => {
      const key = unique("k");
      await getStore().hit(key, 1);
      await getStore().hit(key, 1);
      await new Promise((r) => setTimeout(r, 1_100));
      expect((await getStore().hit(key, 1)).count).toBe(1);
    });

    it("gives back one hit on refund (never below zero) and forgets the key on clear", async () => {
      const key = unique("k");
      await getStore().hit(key, 60);
      await getStore().hit(key, 60);
      await getStore().refund(key);
      expect((await getStore().hit(key, 60)).count).toBe(2);
      await getStore().clear(key);
      expect((await getStore().hit(key, 60)).count).toBe(1);
      const other = unique("k");
      await getStore().refund(other); // nothing to give back
      expect((await getStore().hit(other, 60)).count).toBe(1);
    });
  });
}

storeContract("database", () => databaseStore);

// Redis runs when the machine has redis-server (CI installs it); the database store always runs.
const redisBinary = ["/usr/bin/redis-server", "/usr/local/bin/redis-server"].find(existsSync);
let redisProcess: ChildProcess | undefined;
let redis: ReturnType<typeof redisStore> | undefined;

describe.skipIf(!redisBinary)("with Redis", () => {
  beforeAll(async () => {
    const port = await freePort(0);
    redisProcess = spawn(redisBinary!, ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"], { stdio: "ignore" });
    await waitForPort(port);
    redis = redisStore(`redis://127.0.0.1:${port}`);
  });
  afterAll(async () => {
    await redis?.quit();
    redisProcess?.kill();
  });
  storeContract("redis", () => redis!);
});

describe("rateLimit", () => {
  const rule = { limit: 3, windowSeconds: 600 };

  it("allows `limit` attempts, then refuses with a retry time in minutes", async () => {
    const key = unique("k");
    for (let i = 0; i < 3; i++) await rateLimit(key, rule);
    const refusal = await rateLimit(key, rule, "Too many sign-ups.").catch((e) => e);
    expect(refusal).toMatchObject({ code: "rate_limited", status: 429, message: "Too many sign-ups. Try again in 10 minutes." });
    expect(refusal.retryAfterSeconds).toBeGreaterThan(590);
  });

  it("keeps separate keys apart", async () => {
    const [a, b] = [unique("k"), unique("k")];
    for (let i = 0; i < 3; i++) await rateLimit(a, rule);
    await expect(rateLimit(b, rule)).resolves.toBeUndefined();
    await expect(rateLimit(a, rule)).rejects.toMatchObject({ code: "rate_limited" });
  });

  it("counts without throwing for silent limits, and refund and clear give attempts back", async () => {
    const key = unique("k");
    for (let i = 0; i < 3; i++) expect((await checkRateLimit(key, rule)).allowed).toBe(true);
    expect(await checkRateLimit(key, rule)).toMatchObject({ allowed: false, count: 4 });
    await refundRateLimit(key);
    await refundRateLimit(key);
    expect((await checkRateLimit(key, rule)).allowed).toBe(true);
    await clearRateLimit(key);
    expect(await checkRateLimit(key, rule)).toMatchObject({ allowed: true, count: 1 });
  });

  it("says seconds when less than a minute is left", async () => {
    const key = unique("k");
    await rateLimit(key, { limit: 1, windowSeconds: 30 });
    await expect(rateLimit(key, { limit: 1, windowSeconds: 30 })).rejects.toMatchObject({ message: expect.stringMatching(/Try again in (30|29) seconds\.$/) });
  });
});
