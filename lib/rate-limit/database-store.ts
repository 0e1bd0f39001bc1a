import "server-only";
import { db } from "@/lib/db";
import type { RateLimitStore } from "@/lib/rate-limit/store";

// Fixed windows in the RateLimit table. One upsert per hit, atomic under concurrency: a new or
// expired row restarts at 1, otherwise the count goes up. Times are the database's clock (UTC, as
// Prisma stores DateTime), so app instances with skewed clocks still agree; millisecond precision
// like the column, so "seconds left" does not round up from a sub-millisecond difference.

const now = `(now() AT TIME ZONE 'UTC')::timestamp(3)`;

export const databaseStore: RateLimitStore = {
  async hit(key, windowSeconds) {
    const [row] = await db.$queryRawUnsafe<{ count: number; retryAfterSeconds: number }[]>(
      `INSERT INTO "RateLimit" ("key", "count", "resetAt")
       VALUES ($1, 1, ${now} + make_interval(secs => $2))
       ON CONFLICT ("key") DO UPDATE SET
         "count" = CASE WHEN "RateLimit"."resetAt" <= ${now} THEN 1 ELSE "RateLimit"."count" + 1 END,
         "resetAt" = CASE WHEN "RateLimit"."resetAt" <= ${now} THEN EXCLUDED."resetAt" ELSE "RateLimit"."resetAt" END
       RETURNING "count", ceil(extract(epoch FROM "resetAt" - ${now}))::int AS "retryAfterSeconds"`,
      key,
      windowSeconds,
    );
    if (Math.random() < 0.01) await deleteExpired();
    return { count: row!.count, retryAfterSeconds: Math.max(1, row!.retryAfterSeconds) };
  },
  async refund(key) {
    await db.$executeRawUnsafe(`UPDATE "RateLimit" SET "count" = "count" - 1 WHERE "key" = $1 AND "count" > 0 AND "resetAt" > ${now}`, key);
  },
  async clear(key) {
    await db.rateLimit.deleteMany({ where: { key } });
  },
};

/** Expired windows are dead weight; about one hit in a hundred sweeps them (indexed on resetAt). */
function deleteExpired() {
  return db.$executeRawUnsafe(`DELETE FROM "RateLimit" WHERE "resetAt" <= ${now}`);
}
