import { describe, expect, it } from "vitest";
import { blockUserAction } from "@/lib/actions/blocks/block-user";
import { unblockUserAction } from "@/lib/actions/blocks/unblock-user";
import { sendMessageAction } from "@/lib/actions/messages/send-message";
import { startThreadAction } from "@/lib/actions/threads/start-thread";
import { listBlocked } from "@/lib/blocks/blocks";
import { db } from "@/lib/db";
import { actor, createServer, createThread, unique } from "../support/factories";

const send = (conversationId: string) => sendMessageAction({ conversationId, clientId: unique("client"), body: "hello" });

describe("blocking someone", () => {
  it("stops them starting a thread with you or adding you to a group, and posting in your direct thread", async () => {
    const [alice, mallory, carol] = await Promise.all([actor(), actor(), actor()]);
    const direct = await createThread([alice.user, mallory.user]);
    const group = await createThread([alice.user, mallory.user, carol.user]);
    expect(await alice.run(() => blockUserAction({ userId: mallory.user.id }))).toMatchObject({ ok: true });
    expect(await alice.run(() => blockUserAction({ userId: mallory.user.id }))).toMatchObject({ ok: true }); // twice is once
    expect(await db.userBlock.count({ where: { blockerId: alice.user.id } })).toBe(1);

    for (const userIds of [[alice.user.id], [carol.user.id, alice.user.id]]) {
      expect(await mallory.run(() => startThreadAction({ userIds })), userIds.join()).toMatchObject({ ok: false, error: { code: "forbidden" } });
    }
    expect(await mallory.run(() => send(direct.conversationId))).toMatchObject({ ok: false, error: { code: "forbidden" } });
    // A group they were already in together goes on; alice's own messages and threads are hers.
    expect(await mallory.run(() => send(group.conversationId))).toMatchObject({ ok: true });
    expect(await alice.run(() => send(direct.conversationId))).toMatchObject({ ok: true });
    expect(await mallory.run(() => startThreadAction({ userIds: [carol.user.id] }))).toMatchObject({ ok: true });
    expect(await db.thread.count({ where: { participants: { some: { userId: alice.user.id } } } })).toBe(2); // nothing new
  });

  it("is one-way, never told, listed in settings and undone by unblocking", async () => {
    const [alice, mallory] = await Promise.all([actor(), actor()]);
    await alice.run(() => blockUserAction({ userId: mallory.user.id }));
    expect(await listBlocked(mallory.user.id)).toEqual([]); // the blocked person's view shows nothing
    expect(await alice.run(() => startThreadAction({ userIds: [mallory.user.id] }))).toMatchObject({ ok: true });
    expect((await listBlocked(alice.user.id)).map((u) => u.id)).toEqual([mallory.user.id]);
    expect(await alice.run(() => unblockUserAction({ userId: mallory.user.id }))).toMatchObject({ ok: true });
    expect(await listBlocked(alice.user.id)).toEqual([]);
    expect(await mallory.run(() => startThreadAction({ userIds: [alice.user.id] }))).toMatchObject({ ok: true });
  });

  it("refuses yourself and unknown people", async () => {
    const alice = await actor();
    expect(await alice.run(() => blockUserAction({ userId: alice.user.id }))).toMatchObject({ ok: false, error: { code: "validation" } });
    expect(await alice.run(() => blockUserAction({ userId: "nosuchuser123" }))).toMatchObject({ ok: false, error: { code: "not_found" } });
    expect(await db.userBlock.count({ where: { blockerId: alice.user.id } })).toBe(0);
  });

  it("leaves channel posting alone (their messages are collapsed for you, not refused)", async () => {
    const [alice, mallory] = await Promise.all([actor(), actor()]);
    const server = await createServer(alice.user, { members: [[mallory.user, "MEMBER"]] });
    await alice.run(() => blockUserAction({ userId: mallory.user.id }));
    expect(await mallory.run(() => send(server.channels[0]!.conversationId))).toMatchObject({ ok: true });
  });
});
