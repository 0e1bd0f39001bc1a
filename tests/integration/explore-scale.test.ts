import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { exploreServers, exploreSql } from "@/lib/servers/explore";
import { exploreQuerySchema } from "@/lib/zod/explore";
import { createCategory, createUser } from "../support/factories";

// Room search at scale: 100k public servers (with a channel each), then the plan and the time of
// typical /explore queries. Slow to set up (~30 s), so only on demand:
//   EXPLORE_SCALE=1 DATABASE_URL=… npx vitest run tests/integration/explore-scale.test.ts

const COUNT = 100_000;
const words = ["rust", "gaming", "music", "jazz", "python", "art", "design", "chess", "anime", "football", "cooking", "travel", "photo", "space", "books", "movies"];

describe.skipIf(!process.env.EXPLORE_SCALE)(`explore with ${COUNT.toLocaleString("en")} servers`, () => {
  let viewerId = "";
  let prefix = "";
  beforeAll(async () => {
    const owner = await createUser();
    viewerId = owner.id;
    const category = await createCategory();
    prefix = `scale${Date.now().toString(36)}`;
    await db.$executeRawUnsafe(`
      INSERT INTO "Server"("id", "name", "slug", "description", "ownerId", "categoryId", "memberCount", "lastActivityAt", "createdAt", "updatedAt")
      SELECT '${prefix}' || i, initcap(w[1 + (i * 7) % 16]) || ' ' || initcap(w[1 + (i * 13) % 16]) || ' ' || i, '${prefix}-' || i,
             'A community about ' || w[1 + (i * 3) % 16] || ' and ' || w[1 + (i * 11) % 16],
             $1, $2, (i * 7919) % 5000, now() - i * interval '1 minute', now() - ((i * 37) % ${COUNT}) * interval '1 minute', now()
      FROM generate_series(1, ${COUNT}) i, (SELECT $3::text[] AS w) words`, owner.id, category.id, words);
    await db.$executeRawUnsafe(`INSERT INTO "Conversation"("id") SELECT '${prefix}c' || i FROM generate_series(1, ${COUNT}) i`);
    await db.$executeRawUnsafe(`
      INSERT INTO "Channel"("id", "serverId", "conversationId", "name", "slug")
      SELECT '${prefix}h' || i, '${prefix}' || i, '${prefix}c' || i, 'general', 'general' FROM generate_series(1, ${COUNT}) i`);
    await db.$executeRawUnsafe(`ANALYZE "Server"`);
  }, 300_000);

  afterAll(async () => {
    await db.$executeRawUnsafe(`DELETE FROM "Conversation" WHERE "id" LIKE '${prefix}c%'`);
    await db.$executeRawUnsafe(`DELETE FROM "Server" WHERE "id" LIKE '${prefix}%'`);
  }, 300_000);

  const cases = [
    { q: "jazz", sort: "members" },
    { q: "9981", sort: "members" }, // rare: must come from the trigram index
    { q: "football chess", sort: "activity" },
    { q: "general", sort: "newest" }, // every server matches
    { q: "qqqqzzzz", sort: "members" }, // nothing matches
    { q: "", sort: "activity" },
  ];

  it.each(cases)("$q by $sort answers within 100 ms", async ({ q, sort }) => {
    const query = exploreQuerySchema.parse({ q, sort });
    await exploreServers(viewerId, query); // warm up
    const started = performance.now();
    const page = await exploreServers(viewerId, query);
    const elapsed = performance.now() - started;
    console.log(`explore q=${JSON.stringify(q)} sort=${sort}: ${page.servers.length} results in ${elapsed.toFixed(1)} ms`);
    expect(elapsed).toBeLessThan(100);
  });

  it("looks rare words up in the trigram index", async () => {
    for (const q of ["9981", "qqqqzzzz"]) {
      const sql = exploreSql(viewerId, exploreQuerySchema.parse({ q }));
      const plan = await db.$queryRaw<{ "QUERY PLAN": string }[]>(Prisma.sql`EXPLAIN ${sql}`);
      expect(plan.map((row) => row["QUERY PLAN"]).join("\n")).toContain("Server_searchText_idx");
    }
  });
});
