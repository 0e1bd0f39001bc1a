import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";

const run = promisify(execFile);

describe("demo data", () => {
  it("seeds categories, servers with history, a private server, a thread and demo users — idempotently", async () => {
    const seed = () => run("node_modules/.bin/tsx", ["prisma/seed.ts"], { env: process.env });
    const { stdout } = await seed();
    expect(stdout).toContain("alice@chatsphere.test");

    const alice = await db.user.findUniqueOrThrow({ where: { email: "alice@chatsphere.test" } });
    expect(alice.emailVerifiedAt).not.toBeNull();
    expect(await db.user.findUniqueOrThrow({ where: { email: "admin@chatsphere.test" } })).toMatchObject({ role: "ADMIN" });

    const builders = await db.server.findUniqueOrThrow({
      where: { slug: "nextjs-builders" },
      include: { channels: { include: { conversation: { include: { messages: { orderBy: { seq: "asc" } } } } } }, _count: { select: { members: true } } },
    });
    expect(builders.memberCount).toBe(builders._count.members);
    const general = builders.channels.find((c) => c.slug === "general")!;
    expect(general.conversation.messages.map((m) => m.seq)).toEqual([1, 2, 3, 4, 5]);
    expect(general.conversation.lastSeq).toBe(5);
    expect(builders.searchText).toContain("showcase"); // channel names feed room search

    expect(await db.server.findUniqueOrThrow({ where: { slug: "core-team" } })).toMatchObject({ visibility: "PRIVATE" });
    expect(await db.thread.count({ where: { participants: { some: { userId: alice.id } } } })).toBeGreaterThan(0);

    // Only the demo users' messages: other test files write messages at the same time.
    const demoMessages = () => db.message.count({ where: { author: { email: { endsWith: "@chatsphere.test" } } } });
    const before = await demoMessages();
    await seed();
    expect(await demoMessages()).toBe(before);
  });
});
