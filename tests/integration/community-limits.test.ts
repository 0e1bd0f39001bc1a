import { describe, expect, it } from "vitest";
import { joinServerAction } from "@/lib/actions/members/join";
import { createServerAction } from "@/lib/actions/servers/create";
import { checkRateLimit } from "@/lib/rate-limit";
import { communityLimits } from "@/lib/servers/limits";
import { actor, createCategory, createServer, createUser, unique } from "../support/factories";

// The limiter itself is tested in rate-limit.test.ts; here: that creating and joining use it.
async function useUp(key: string, rule: { limit: number; windowSeconds: number }) {
  for (let i = 0; i < rule.limit; i++) await checkRateLimit(key, rule);
}

describe("community abuse limits", () => {
  it("refuses creating servers beyond the hourly limit, with a retry time", async () => {
    const alice = await actor();
    const category = await createCategory();
    await useUp(`servers:create:${alice.user.id}`, communityLimits.serversCreatedPerUser);
    const result = await alice.run(() => createServerAction({ name: unique("Spam "), categoryId: category.id }));
    expect(result).toMatchObject({ ok: false, error: { code: "rate_limited", message: expect.stringMatching(/Try again in \d+ minutes?\./) } });
  });

  it("refuses joining servers beyond the hourly limit, and counts only real joins", async () => {
    const bob = await actor();
    const server = await createServer(await createUser());
    expect(await bob.run(() => joinServerAction({ serverId: server.id }))).toMatchObject({ ok: true });
    await useUp(`servers:join:${bob.user.id}`, communityLimits.serversJoinedPerUser);
    const another = await createServer(await createUser());
    expect(await bob.run(() => joinServerAction({ serverId: another.id }))).toMatchObject({ ok: false, error: { code: "rate_limited" } });
    // Already a member: answered without counting.
    expect(await bob.run(() => joinServerAction({ serverId: server.id }))).toMatchObject({ ok: true });
  });
});
