import "../../scripts/lib/outside-next";
// A child process of the search benchmark: the app's searchMessages() against the database in its
// DATABASE_URL, timed here (server time), for each query the benchmark sends (one child per size).

export type MessageSearchRequest = { readerId: string; q: string };
export type MessageSearchReply = { ms: number; results: number } | { error: string };

if (process.send) {
  const ready = Promise.all([import("@/lib/search/messages"), import("@/lib/zod/search")]);
  process.on("message", async (request: MessageSearchRequest) => {
    try {
      const [{ searchMessages }, { messageSearchSchema }] = await ready;
      const input = messageSearchSchema.parse({ q: request.q });
      const reader = { id: request.readerId, role: "USER" as const, emailVerifiedAt: new Date() };
      const started = performance.now();
      const page = await searchMessages(reader, input);
      process.send!({ ms: performance.now() - started, results: page.results.length } satisfies MessageSearchReply);
    } catch (error) {
      process.send!({ error: String(error) } satisfies MessageSearchReply);
    }
  });
  process.on("disconnect", () => process.exit(0));
}
