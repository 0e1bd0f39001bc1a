import { afterEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { markReceiptsAction } from "@/lib/actions/messages/mark-receipts";
import { sendMessageAction } from "@/lib/actions/messages/send-message";
import { unreadSummaryAction } from "@/lib/actions/unread/get-summary";
import { markAllReadAction } from "@/lib/actions/unread/mark-all-read";
import { markConversationReadAction } from "@/lib/actions/unread/mark-conversation-read";
import { markServerReadAction } from "@/lib/actions/unread/mark-server-read";
import { markUnreadAction } from "@/lib/actions/unread/mark-unread";
import { newClientId } from "@/lib/messages/client/sync";
import { pusher } from "@/lib/realtime/server";
import { actor, addMember, createChannel, createServer, createThread, createUser, type Actor } from "../support/factories";
import { flushAfter } from "../support/after";
import { realtimeClient } from "../support/realtime";

// Unread state: computed from receipts and seq, moved live by one event per message per server.

const clients: ReturnType<typeof realtimeClient>[] = [];
function connect(session: Actor) {
  const client = realtimeClient(session);
  clients.push(client);
  return client;
}
afterEach(() => {
  clients.splice(0).forEach((c) => c.disconnect());
  vi.restoreAllMocks();
});

async function send(who: Actor, conversationId: string, body = "hello") {
  const result = await who.run(() => sendMessageAction({ conversationId, clientId: newClientId(), body }));
  if (!result.ok) throw new Error(result.error.message);
  await flushAfter(); // its publications go out after the response
  return result.data;
}

async function summary(who: Actor) {
  const result = await who.run(() => unreadSummaryAction({}));
  if (!result.ok) throw new Error(result.error.message);
  return Object.fromEntries(result.data.map((c) => [c.conversationId, c]));
}

describe("unread state", () => {
  it("costs the same realtime publications for a message whatever the channel's member count", async () => {
    const owner = await actor();
    const small = await createServer(owner.user);
    const big = await createServer(owner.user);
    const crowd = await Promise.all(Array.from({ length: 60 }, () => createUser()));
    await db.serverMember.createMany({ data: crowd.map((u) => ({ serverId: big.id, userId: u.id })) });

    const batches = vi.spyOn(pusher(), "triggerBatch"); // counts, and calls through to Soketi
    const triggers = () => batches.mock.calls.flatMap(([batch]) => batch.map((e) => `${e.channel} ${e.name}`));

    await send(owner, small.channels[0]!.conversationId);
    const forSmall = triggers();
    batches.mockClear();
    await send(owner, big.channels[0]!.conversationId);
    const forBig = triggers();
    expect(batches, "one request to the realtime server per message").toHaveBeenCalledTimes(1);

    const conversation = `private-conversation-${small.channels[0]!.conversationId}`;
    expect(forSmall).toEqual([`${conversation} message.created`, `${conversation} receipts.updated`, `private-server-${small.id} channel.activity`]);
    expect(forBig).toHaveLength(forSmall.length);
    expect(forBig).toContain(`private-server-${big.id} channel.activity`);
  });

  it("delivers the channel's new seq to a member subscribed to the server, and refuses outsiders and banned members", async () => {
    const alice = await actor();
    const bob = await actor();
    const outsider = await actor();
    const banned = await actor();
    const server = await createServer(alice.user, { members: [[bob.user, "MEMBER"]] });
    await addMember(server, banned.user, "MEMBER", true);
    const conversationId = server.channels[0]!.conversationId;

    await expect(connect(outsider).subscribe("server", server.id)).rejects.toMatchObject({ status: 403 });
    await expect(connect(banned).subscribe("server", server.id)).rejects.toMatchObject({ status: 403 });
    const bobClient = connect(bob);
    const channel = await bobClient.subscribe("server", server.id);
    const event = bobClient.next(channel, "channel.activity");
    await send(alice, conversationId);
    expect(await event).toEqual({ conversationId, lastSeq: 1, authorId: alice.user.id });
  });

  it("counts messages by others, never the reader's own; a thread's badge counts its unread messages", async () => {
    const alice = await actor();
    const bob = await actor();
    const server = await createServer(alice.user, { members: [[bob.user, "MEMBER"]] });
    const general = server.channels[0]!.conversationId;
    const thread = await createThread([alice.user, bob.user]);

    await send(alice, general);
    await send(alice, thread.conversationId, "one");
    await send(alice, thread.conversationId, "two");
    await send(alice, thread.conversationId, "three");

    expect(await summary(alice)).toEqual({}); // what you write, you have read
    const bobs = await summary(bob);
    expect(bobs[general]).toMatchObject({ serverId: server.id, threadId: null, lastSeq: 1, readSeq: 0, mentions: 0 });
    expect(bobs[thread.conversationId]).toMatchObject({ serverId: null, threadId: thread.id, lastSeq: 3, readSeq: 0 });

    // Bob replies in the thread: he has read it, and Alice now has one unread.
    await send(bob, thread.conversationId, "four");
    expect((await summary(bob))[thread.conversationId]).toBeUndefined();
    expect((await summary(alice))[thread.conversationId]).toMatchObject({ lastSeq: 4, readSeq: 3 });
  });

  it("marks a conversation, a server and everything read, and a message unread again", async () => {
    const alice = await actor();
    const bob = await actor();
    const server = await createServer(alice.user, { members: [[bob.user, "MEMBER"]] });
    const second = await createChannel(server);
    const other = await createServer(alice.user, { members: [[bob.user, "MEMBER"]] });
    const thread = await createThread([alice.user, bob.user]);
    const general = server.channels[0]!.conversationId;
    const messages: Awaited<ReturnType<typeof send>>[] = [];
    for (const id of [general, general, second.conversationId, other.channels[0]!.conversationId, thread.conversationId]) messages.push(await send(alice, id));
    expect(Object.keys(await summary(bob))).toHaveLength(4);

    expect(await bob.run(() => markConversationReadAction({ conversationId: general }))).toMatchObject({ ok: true });
    expect(Object.keys(await summary(bob)).sort()).toEqual([second.conversationId, other.channels[0]!.conversationId, thread.conversationId].sort());

    expect(await bob.run(() => markServerReadAction({ serverId: server.id }))).toMatchObject({ ok: true });
    expect(Object.keys(await summary(bob)).sort()).toEqual([other.channels[0]!.conversationId, thread.conversationId].sort());

    expect(await bob.run(() => markAllReadAction({}))).toMatchObject({ ok: true });
    expect(await summary(bob)).toEqual({});

    // "Mark unread from here" on the first message of general: both of its messages are unread again.
    expect(await bob.run(() => markUnreadAction({ messageId: messages[0]!.id }))).toMatchObject({ ok: true, data: { conversationId: general, readSeq: 0 } });
    expect((await summary(bob))[general]).toMatchObject({ lastSeq: 2, readSeq: 0 });
  });

  it("refuses to mark what the user can't see: another's thread, a server they aren't in", async () => {
    const alice = await actor();
    const bob = await actor();
    const eve = await actor();
    const server = await createServer(alice.user, { visibility: "PRIVATE" });
    const thread = await createThread([alice.user, bob.user]);
    const message = await send(alice, thread.conversationId);

    expect(await eve.run(() => markConversationReadAction({ conversationId: thread.conversationId }))).toMatchObject({ ok: false, error: { code: "not_found" } });
    expect(await eve.run(() => markUnreadAction({ messageId: message.id }))).toMatchObject({ ok: false, error: { code: "not_found" } });
    expect(await eve.run(() => markServerReadAction({ serverId: server.id }))).toMatchObject({ ok: false, error: { code: "not_found" } });
    expect(await db.receipt.count({ where: { userId: eve.user.id } })).toBe(0);
  });

  it("tells the reader's other tabs when their read mark moves", async () => {
    const alice = await actor();
    const bob = await actor();
    const thread = await createThread([alice.user, bob.user]);
    const message = await send(alice, thread.conversationId);

    const bobClient = connect(bob);
    const own = await bobClient.subscribe("user", bob.user.id);
    let event = bobClient.next(own, "read.updated");
    await bob.run(() => markReceiptsAction({ conversationId: thread.conversationId, deliveredSeq: 1, readSeq: 1 }));
    expect(await event).toEqual({ conversationId: thread.conversationId, readSeq: 1 });

    event = bobClient.next(own, "read.updated");
    await bob.run(() => markUnreadAction({ messageId: message.id }));
    expect(await event).toEqual({ conversationId: thread.conversationId, readSeq: 0 });

    const stale = bobClient.next(own, "unread.stale");
    await bob.run(() => markAllReadAction({}));
    expect(await stale).toEqual({});
  });

  it("counts unread mentions, and tells only the person named, at once", async () => {
    const alice = await actor();
    const bob = await actor();
    const carol = await actor();
    const server = await createServer(alice.user, { members: [[bob.user, "MEMBER"], [carol.user, "MEMBER"]] });
    const general = server.channels[0]!.conversationId;

    const bobClient = connect(bob);
    const own = await bobClient.subscribe("user", bob.user.id);
    const mentioned = bobClient.next(own, "mention.created");
    const message = await send(alice, general, `hey @${bob.user.username}, look`);
    expect(await mentioned).toEqual({ conversationId: general, seq: message.seq, serverId: server.id });
    await send(alice, general, "no one named here");

    expect((await summary(bob))[general]).toMatchObject({ lastSeq: 2, readSeq: 0, mentions: 1 });
    expect((await summary(carol))[general]).toMatchObject({ lastSeq: 2, mentions: 0 });
    // Read past it: the mention no longer counts.
    await bob.run(() => markReceiptsAction({ conversationId: general, deliveredSeq: 1, readSeq: 1 }));
    expect((await summary(bob))[general]).toMatchObject({ readSeq: 1, mentions: 0 });
  });
});
