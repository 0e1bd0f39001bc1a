// A child process of the search benchmark: the app's exploreServers() against the database in its
// DATABASE_URL, timed here (server time) for each query the benchmark sends. One child per data
// size lets the benchmark interleave the sizes query by query, so the machine's noise falls on
// all of them alike.

import "../../scripts/lib/outside-next";
export type ExploreRequest = { viewerId: string; q: string; sort: string; category: string };
export type ExploreReply = { ms: number } | { error: string };

if (process.send) {
  const ready = Promise.all([import("@/lib/servers/explore"), import("@/lib/zod/explore")]);
  process.on("message", async (request: ExploreRequest) => {
    try {
      const [{ exploreServers }, { exploreQuerySchema }] = await ready;
      const query = exploreQuerySchema.parse(request);
      const started = performance.now();
      await exploreServers(request.viewerId, query);
      process.send!({ ms: performance.now() - started } satisfies ExploreReply);
    } catch (error) {
      process.send!({ error: String(error) } satisfies ExploreReply);
    }
  });
  process.on("disconnect", () => process.exit(0));
}
