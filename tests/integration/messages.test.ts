import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { deleteMessageAction } from "@/lib/actions/messages/delete-message";
import { hideMessageAction } from "@/lib/actions/messages/hide-message";
import { markReceiptsAction } from "@/lib/actions/messages/mark-receipts";
import { sendMessageAction } from "@/lib/actions/messages/send-message";
import { heartbeatAction } from "@/lib/actions/messages/heartbeat";
import { SEND_LIMIT } from "@/lib/messages/send-message";
import { newClientId } from "@/lib/messages/client/sync";
import { actor, createServer, createThread, createUser, type Actor } from "../support/factories";
import { fetchMessages } from "../support/messaging";

// Sending, reading, deleting and receipts through the real server actions and route handler,
// on a real database. (Live delivery: messaging-realtime.test.ts; outages: messaging-faults.test.ts.)

function send(who: Actor, conversationId: string, body: string, clientId = newClientId()) {
  return who.run(() => sendMessageAction({ conversationId, clientId, body }));
}

async function sent(who: Actor, conversationId: string, body: string) {
  const result = await send(who, conversationId, body);
  if (!result.ok) throw new Error(result.error.message);
  return result.data;
}

async function channelWith(...members: Actor[]) {
  const [owner, ...rest] = members;
  const server = await createServer(owner!.user, { members: rest.map((m) => [m.user, "MEMBER"] as [{ id: string }, "MEMBER"]) });
  return { server, conversationId: server.channels[0]!.conversationId };
}

describe("sending", () => {
  it("stores a trimmed message with the next seq and returns it", async () => {
    const alice = await actor();
    const bob = await actor();
    const thread = await createThread([alice.user, bob.user]);
    const first = await sent(alice, thread.conversationId, "  hello Bob  ");
    const second = await sent(bob, thread.conversationId, "hi!");
    expect(first).toMatchObject({ seq: 1, body: "hello Bob", author: { id: alice.user.id, username: alice.user.username }, deletedAt: null });
    expect(second.seq).toBe(2);
    const conversation = await db.conversation.findUniqueOrThrow({ where: { id: thread.conversationId } });
    expect(conversation.lastSeq).toBe(2);
    expect(conversation.lastMessageAt?.toISOString()).toBe(second.createdAt);
  });

  it("stores one message when the same clientId is sent twice, even at the same moment", async () => {
    const alice = await actor();
    const bob = await actor();
    const thread = await createThread([alice.user, bob.user]);
    for (let round = 0; round < 10; round++) {
      const clientId = newClientId();
      const [a, b] = await Promise.all([send(alice, thread.conversationId, "once", clientId), send(alice, thread.conversationId, "once", clientId)]);
      const again = await send(alice, thread.conversationId, "once", clientId);
      const ids = [a, b, again].map((r) => (r.ok ? r.data.id : r.error.message));
      expect(new Set(ids).size).toBe(1);
    }
    expect(await db.message.count({ where: { conversationId: thread.conversationId } })).toBe(10);
    // A losing racer gives its seq back: the counter has no holes.
    expect((await db.conversation.findUniqueOrThrow({ where: { id: thread.conversationId } })).lastSeq).toBe(10);
  });

  it("refuses a clientId reused in another conversation", async () => {
    const alice = await actor();
    const bob = await actor();
    const one = await createThread([alice.user, bob.user]);
    const { conversationId: other } = await channelWith(alice);
    const clientId = newClientId();
    await sent(alice, one.conversationId, "first");
    const result = await send(alice, other, "second", clientId);
    expect(result.ok).toBe(true);
    const reused = await send(alice, one.conversationId, "again", clientId);
    expect(reused).toMatchObject({ ok: false, error: { code: "conflict" } });
  });

  it("gives concurrent senders distinct, gapless seqs", async () => {
    const people = await Promise.all([actor(), actor(), actor(), actor()]);
    const { conversationId } = await channelWith(...people);
    const results = await Promise.all(Array.from({ length: 40 }, (_, i) => sent(people[i % 4]!, conversationId, `message ${i}`)));
    expect(results.map((m) => m.seq).sort((a, b) => a - b)).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
  });

  it("limits how fast one person sends, without counting retries of stored messages", async () => {
    const alice = await actor();
    const bob = await actor();
    const thread = await createThread([alice.user, bob.user]);
    const clientIds = Array.from({ length: SEND_LIMIT.limit }, () => newClientId());
    for (const clientId of clientIds) expect(await send(alice, thread.conversationId, "hi", clientId)).toMatchObject({ ok: true });
    const refused = await send(alice, thread.conversationId, "one too many");
    expect(refused).toMatchObject({ ok: false, error: { code: "rate_limited", message: /too fast. Try again in \d+ seconds?\./ } });
    expect(!refused.ok && refused.error.retryAfterSeconds).toBeGreaterThan(0);
    // A retry of a message that was stored still gets its answer.
    expect(await send(alice, thread.conversationId, "hi", clientIds[0])).toMatchObject({ ok: true });
    // Others are not held back.
    expect(await send(bob, thread.conversationId, "hello")).toMatchObject({ ok: true });
  });

  it("validates the body: 1–4,000 characters after trimming", async () => {
    const alice = await actor();
    const bob = await actor();
    const thread = await createThread([alice.user, bob.user]);
    expect(await send(alice, thread.conversationId, "   \n ")).toMatchObject({ ok: false, error: { code: "validation", fields: { body: "Write a message" } } });
    expect(await send(alice, thread.conversationId, "x".repeat(4001))).toMatchObject({ ok: false, error: { code: "validation" } });
    expect(await send(alice, thread.conversationId, ` ${"x".repeat(4000)} `)).toMatchObject({ ok: true });
    expect(await alice.run(() => sendMessageAction({ conversationId: thread.conversationId, clientId: "<script>", body: "hi" }))).toMatchObject({
      ok: false,
      error: { fields: { clientId: "Invalid client id" } },
    });
  });

  it("keeps HTML as text", async () => {
    const alice = await actor();
    const bob = await actor();
    const thread = await createThread([alice.user, bob.user]);
    const message = await sent(alice, thread.conversationId, `<img src=x onerror="alert(1)">`);
    expect(message.body).toBe(`<img src=x onerror="alert(1)">`);
  });

  it("lets only those who may post do so", async () => {
    const owner = await actor();
    const member = await actor();
    const banned = await actor();
    const outsider = await actor();
    const unverified = await actor({ verified: false });
    const { server, conversationId } = await channelWith(owner, member, banned);
    await db.serverMember.update({ where: { serverId_userId: { serverId: server.id, userId: banned.user.id } }, data: { banned: true } });

    expect(await send(member, conversationId, "hi")).toMatchObject({ ok: true });
    expect(await send(banned, conversationId, "hi")).toMatchObject({ ok: false, error: { code: "not_found" } });
    // A public server's channel can be read by anyone, but only members post.
    expect(await send(outsider, conversationId, "hi")).toMatchObject({ ok: false, error: { code: "forbidden", message: /Join this server/ } });
    expect(await send(unverified, conversationId, "hi")).toMatchObject({ ok: false, error: { code: "forbidden", message: /Verify/ } });

    const thread = await createThread([owner.user, member.user]);
    expect(await send(outsider, thread.conversationId, "hi")).toMatchObject({ ok: false, error: { code: "not_found" } });
    expect(await send(outsider, "doesnotexist", "hi")).toMatchObject({ ok: false, error: { code: "not_found" } });
    expect(await db.message.count({ where: { conversationId: thread.conversationId } })).toBe(0);
  });

  it("refuses a signed-out caller", async () => {
    const result = await sendMessageAction({ conversationId: "x", clientId: newClientId(), body: "hi" });
    expect(result).toMatchObject({ ok: false, error: { code: "unauthorized" } });
  });

  it("marks the server active when one of its channels gets a message", async () => {
    const alice = await actor();
    const { server, conversationId } = await channelWith(alice);
    await db.server.update({ where: { id: server.id }, data: { lastActivityAt: new Date("2020-01-01") } });
    await sent(alice, conversationId, "wake up");
    const after = await db.server.findUniqueOrThrow({ where: { id: server.id } });
    expect(Date.now() - after.lastActivityAt.getTime()).toBeLessThan(10_000);
  });
});

describe("reading history", () => {
  it("pages by seq: newest 50, then older, then newer than a seq", async () => {
    const alice = await actor();
    const bob = await actor();
    const thread = await createThread([alice.user, bob.user]);
    for (let i = 1; i <= 120; i++) await sent(i % 2 ? alice : bob, thread.conversationId, `m${i}`);

    const newest = await fetchMessages(bob, thread.conversationId);
    expect(newest.status).toBe(200);
    expect(newest.body.messages.map((m) => m.seq)).toEqual(Array.from({ length: 50 }, (_, i) => 71 + i));
    expect(newest.body).toMatchObject({ syncedTo: 120, hasOlder: true });
    expect(newest.body.conversation).toMatchObject({ kind: "thread", participants: expect.arrayContaining([expect.objectContaining({ id: alice.user.id })]) });

    const older = await fetchMessages(bob, thread.conversationId, { before: 71 });
    expect(older.body.messages.map((m) => m.seq)).toEqual(Array.from({ length: 50 }, (_, i) => 21 + i));
    expect(older.body.hasOlder).toBe(true);
    const oldest = await fetchMessages(bob, thread.conversationId, { before: 21 });
    expect(oldest.body.messages).toHaveLength(20);
    expect(oldest.body.hasOlder).toBe(false);

    const newer = await fetchMessages(bob, thread.conversationId, { after: 10, limit: 100 });
    expect(newer.body.messages[0]!.seq).toBe(11);
    expect(newer.body).toMatchObject({ syncedTo: 110, hasNewer: true });
    const rest = await fetchMessages(bob, thread.conversationId, { after: 110, limit: 100 });
    expect(rest.body).toMatchObject({ syncedTo: 120, hasNewer: false });
  });

  it("describes who is in a channel: a live list up to 100 members, an online count beyond", async () => {
    const owner = await actor();
    const { server, conversationId } = await channelWith(owner);
    expect((await fetchMessages(owner, conversationId)).body.conversation).toEqual({ kind: "channel", memberCount: 1, onlineCount: null });

    const crowd = await Promise.all(Array.from({ length: 100 }, () => createUser()));
    await db.serverMember.createMany({ data: crowd.map((u) => ({ serverId: server.id, userId: u.id })) });
    await db.user.updateMany({ where: { id: { in: crowd.slice(0, 7).map((u) => u.id) } }, data: { lastSeenAt: new Date() } });
    expect((await fetchMessages(owner, conversationId)).body.conversation).toEqual({ kind: "channel", memberCount: 101, onlineCount: 7 });
  });

  it("answers 404 to non-readers, 401 to the signed-out and 400 to bad queries", async () => {
    const alice = await actor();
    const bob = await actor();
    const eve = await actor();
    const thread = await createThread([alice.user, bob.user]);
    expect((await fetchMessages(eve, thread.conversationId)).status).toBe(404);
    expect((await fetchMessages({ run: (fn) => fn() }, thread.conversationId)).status).toBe(401);
    expect((await fetchMessages(alice, "no such id!")).status).toBe(404);
    const bad = await fetchMessages(alice, thread.conversationId, { before: 3, after: 1 });
    expect(bad.status).toBe(400);
    expect(bad.body.error).toMatchObject({ code: "validation" });
    expect((await fetchMessages(alice, thread.conversationId, { limit: 1000 })).status).toBe(400);
    expect((await fetchMessages(alice, thread.conversationId, { after: "abc" })).status).toBe(400);
  });

  it("reports deletions and hides since a time when catching up", async () => {
    const alice = await actor();
    const bob = await actor();
    const thread = await createThread([alice.user, bob.user]);
    const one = await sent(alice, thread.conversationId, "one");
    const two = await sent(alice, thread.conversationId, "two");
    const before = await fetchMessages(bob, thread.conversationId);
    await alice.run(() => deleteMessageAction({ messageId: one.id }));
    await bob.run(() => hideMessageAction({ messageId: two.id }));
    const catchUp = await fetchMessages(bob, thread.conversationId, { after: 2, changedSince: before.body.serverTime });
    // No reactions, pins or link previews changed: the deleted message is in `deleted`, the hidden one left out.
    expect(catchUp.body.changes).toEqual({ deleted: [{ id: one.id, seq: 1 }], edited: [], reactions: [], pins: [], pinsChanged: false, linkPreviews: [], hidden: [two.id], truncated: false });
  });
});

describe("deleting", () => {
  it("deletes for everyone: the body is erased in the database, the placeholder stays", async () => {
    const alice = await actor();
    const bob = await actor();
    const thread = await createThread([alice.user, bob.user]);
    const message = await sent(alice, thread.conversationId, "oops, secret");
    expect(await alice.run(() => deleteMessageAction({ messageId: message.id }))).toMatchObject({ ok: true });
    const row = await db.message.findUniqueOrThrow({ where: { id: message.id } });
    expect(row.body).toBe("");
    expect(row.deletedAt).not.toBeNull();
    const page = await fetchMessages(bob, thread.conversationId);
    expect(page.body.messages).toMatchObject([{ id: message.id, body: "", deletedAt: expect.any(String) }]);
    // Again: not an error.
    expect(await alice.run(() => deleteMessageAction({ messageId: message.id }))).toMatchObject({ ok: true });
  });

  it("lets authors and moderators delete for everyone, nobody else", async () => {
    const owner = await actor();
    const moderator = await actor();
    const member = await actor();
    const outsider = await actor();
    const admin = await actor({ role: "ADMIN" });
    const server = await createServer(owner.user, { members: [[moderator.user, "MODERATOR"], [member.user, "MEMBER"]] });
    const conversationId = server.channels[0]!.conversationId;
    const a = await sent(member, conversationId, "a");
    const b = await sent(owner, conversationId, "b");
    const c = await sent(owner, conversationId, "c");

    expect(await outsider.run(() => deleteMessageAction({ messageId: a.id }))).toMatchObject({ ok: false, error: { code: "forbidden" } });
    expect(await member.run(() => deleteMessageAction({ messageId: b.id }))).toMatchObject({ ok: false, error: { code: "forbidden" } });
    expect(await moderator.run(() => deleteMessageAction({ messageId: a.id }))).toMatchObject({ ok: true });
    expect(await admin.run(() => deleteMessageAction({ messageId: b.id }))).toMatchObject({ ok: true });
    expect(await owner.run(() => deleteMessageAction({ messageId: c.id }))).toMatchObject({ ok: true });

    const thread = await createThread([owner.user, member.user]);
    const d = await sent(owner, thread.conversationId, "private");
    expect(await outsider.run(() => deleteMessageAction({ messageId: d.id }))).toMatchObject({ ok: false, error: { code: "not_found" } });
    expect(await member.run(() => deleteMessageAction({ messageId: d.id }))).toMatchObject({ ok: false, error: { code: "forbidden" } });
  });

  it("deletes for me only: hidden from my history, unchanged for the others", async () => {
    const alice = await actor();
    const bob = await actor();
    const eve = await actor();
    const thread = await createThread([alice.user, bob.user]);
    const message = await sent(alice, thread.conversationId, "keep for alice");
    expect(await eve.run(() => hideMessageAction({ messageId: message.id }))).toMatchObject({ ok: false, error: { code: "not_found" } });
    expect(await bob.run(() => hideMessageAction({ messageId: message.id }))).toMatchObject({ ok: true });
    expect(await bob.run(() => hideMessageAction({ messageId: message.id }))).toMatchObject({ ok: true });
    expect((await fetchMessages(bob, thread.conversationId)).body.messages).toEqual([]);
    expect((await fetchMessages(alice, thread.conversationId)).body.messages).toMatchObject([{ id: message.id, body: "keep for alice" }]);
  });
});

describe("receipts", () => {
  it("moves marks forward only, never past the last message, read implying delivered", async () => {
    const alice = await actor();
    const bob = await actor();
    const thread = await createThread([alice.user, bob.user]);
    for (const body of ["1", "2", "3"]) await sent(alice, thread.conversationId, body);
    const mark = (deliveredSeq: number, readSeq: number) => bob.run(() => markReceiptsAction({ conversationId: thread.conversationId, deliveredSeq, readSeq }));

    expect(await mark(2, 0)).toMatchObject({ ok: true, data: { userId: bob.user.id, deliveredSeq: 2, readSeq: 0 } });
    expect(await mark(1, 1)).toMatchObject({ ok: true, data: { deliveredSeq: 2, readSeq: 1 } });
    expect(await mark(1, 1)).toMatchObject({ ok: true, data: null }); // nothing moved
    expect(await mark(0, 99)).toMatchObject({ ok: true, data: { deliveredSeq: 3, readSeq: 3 } });
    const page = await fetchMessages(alice, thread.conversationId);
    expect(page.body.receipts).toEqual([{ userId: bob.user.id, name: bob.user.fullName, deliveredSeq: 3, readSeq: 3 }]);
    expect(await mark(-1, 0)).toMatchObject({ ok: false, error: { code: "validation" } });
  });

  it("refuses receipts for conversations the user cannot read", async () => {
    const alice = await actor();
    const bob = await actor();
    const eve = await actor();
    const thread = await createThread([alice.user, bob.user]);
    expect(await eve.run(() => markReceiptsAction({ conversationId: thread.conversationId, deliveredSeq: 1, readSeq: 1 }))).toMatchObject({
      ok: false,
      error: { code: "not_found" },
    });
  });
});

describe("last seen", () => {
  it("records a heartbeat at most twice a minute", async () => {
    const alice = await actor();
    expect(await alice.run(() => heartbeatAction({}))).toMatchObject({ ok: true });
    const first = (await db.user.findUniqueOrThrow({ where: { id: alice.user.id } })).lastSeenAt;
    expect(first).not.toBeNull();
    await alice.run(() => heartbeatAction({}));
    expect((await db.user.findUniqueOrThrow({ where: { id: alice.user.id } })).lastSeenAt).toEqual(first);
  });
});
