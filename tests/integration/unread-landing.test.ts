import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { newestPageFor } from "@/lib/messages/queries";
import { PAGE_SIZE } from "@/lib/messages/limits";
import { actor, createServer, createThread, fillConversation } from "../support/factories";

// Opening a conversation without ?at=: at the newest messages, unless the reader has more unread
// than the newest page shows; then around their first unread message (the "New" divider).

async function readUpTo(userId: string, conversationId: string, readSeq: number) {
  await db.receipt.upsert({
    where: { conversationId_userId: { conversationId, userId } },
    create: { conversationId, userId, deliveredSeq: readSeq, readSeq },
    update: { deliveredSeq: readSeq, readSeq },
  });
}

describe("where a conversation opens", () => {
  it("opens around the first unread message when the newest page would not reach it", async () => {
    const alice = await actor();
    const bob = await actor();
    const server = await createServer(alice.user, { members: [[bob.user, "MEMBER"]] });
    const { conversationId } = server.channels[0]!;
    await fillConversation(conversationId, alice.user.id, 200);
    await readUpTo(bob.user.id, conversationId, 40);

    const opened = await newestPageFor(bob.user, conversationId);
    const seqs = opened!.newestPage.messages.map((m) => m.seq);
    expect(seqs).toContain(41);
    expect(seqs).toContain(40); // read context above the line
    expect(seqs.at(-1)).toBeLessThan(200);
    expect(opened!.newestPage.hasNewer).toBe(true);
    expect(opened!.newestPage.ownRead?.seq).toBe(40);

    // ?at= wins over the landing.
    const jumped = await newestPageFor(bob.user, conversationId, 150);
    expect(jumped!.newestPage.messages.map((m) => m.seq)).toContain(150);
    expect(jumped!.newestPage.messages.map((m) => m.seq)).not.toContain(41);
  });

  it("opens at the newest messages when the unread ones fit in them, when all is read, and for a reader who never read here", async () => {
    const alice = await actor();
    const bob = await actor();
    const carol = await actor();
    const thread = await createThread([alice.user, bob.user, carol.user]);
    await fillConversation(thread.conversationId, alice.user.id, 200);
    const newest = (page: Awaited<ReturnType<typeof newestPageFor>>) => ({ last: page!.newestPage.messages.at(-1)!.seq, hasNewer: page!.newestPage.hasNewer ?? false });

    await readUpTo(bob.user.id, thread.conversationId, 200 - (PAGE_SIZE - 20));
    expect(newest(await newestPageFor(bob.user, thread.conversationId))).toEqual({ last: 200, hasNewer: false });
    await readUpTo(bob.user.id, thread.conversationId, 200);
    expect(newest(await newestPageFor(bob.user, thread.conversationId))).toEqual({ last: 200, hasNewer: false });
    // Carol has no read mark at all: the newest messages, not the start of the history.
    expect(newest(await newestPageFor(carol.user, thread.conversationId))).toEqual({ last: 200, hasNewer: false });
  });

  it("says nothing about a conversation the reader may not see, whatever their receipt says", async () => {
    const alice = await actor();
    const bob = await actor();
    const mallory = await actor();
    const thread = await createThread([alice.user, bob.user]);
    await fillConversation(thread.conversationId, alice.user.id, 200);
    await readUpTo(mallory.user.id, thread.conversationId, 10); // a stale receipt, e.g. from before leaving
    expect(await newestPageFor(mallory.user, thread.conversationId)).toBeNull();
  });
});
