import { afterEach, describe, expect, it } from "vitest";
import { listActivity } from "@/lib/activity/queries";
import { blockUserAction } from "@/lib/actions/blocks/block-user";
import { sendMessageAction } from "@/lib/actions/messages/send-message";
import { listPinsAction } from "@/lib/actions/pins/list-pins";
import { setPinAction } from "@/lib/actions/pins/set-pin";
import { addParticipantsAction } from "@/lib/actions/threads/add-participants";
import { leaveThreadAction } from "@/lib/actions/threads/leave-thread";
import { removeParticipantAction } from "@/lib/actions/threads/remove-participant";
import { renameThreadAction } from "@/lib/actions/threads/rename-thread";
import { startThreadAction } from "@/lib/actions/threads/start-thread";
import { threadSettingsAction } from "@/lib/actions/threads/thread-settings";
import { db } from "@/lib/db";
import { newClientId } from "@/lib/messages/client/sync";
import { locateMessage } from "@/lib/messages/locate";
import { eventSchema, type EventPayload } from "@/lib/realtime/catalogue";
import { searchMessages } from "@/lib/search/messages";
import { unreadSummary } from "@/lib/unread/summary";
import { messageSearchSchema } from "@/lib/zod/search";
import { actor, createServer, createThread, type Actor } from "../support/factories";
import { chatClient, eventually, fetchMessages } from "../support/messaging";
import { realtimeClient } from "../support/realtime";

// Group threads managed after creation, through the real actions, database and Soketi: renaming,
// adding and removing people, leaving, who may do it, and what people added later may read (on
// every read path) when the group shows them only what follows their joining.

const stops: (() => void)[] = [];
afterEach(() => stops.splice(0).forEach((stop) => stop()));

async function ok<T>(result: Promise<{ ok: true; data: T } | { ok: false; error: { message: string } }>): Promise<T> {
  const r = await result;
  if (!r.ok) throw new Error(r.error.message);
  return r.data;
}
const send = (who: Actor, conversationId: string, body: string, replyToId?: string) =>
  ok(who.run(() => sendMessageAction({ conversationId, clientId: newClientId(), body, replyToId })));

async function group(creator: Actor, others: Actor[], options: { history?: "ALL" | "SINCE_JOIN"; anyoneManages?: boolean } = {}) {
  const { id } = await ok(creator.run(() => startThreadAction({ userIds: others.map((o) => o.user.id), title: "Trip", ...options })));
  return db.thread.findUniqueOrThrow({ where: { id } });
}

async function watch(who: Actor, conversationId: string) {
  const client = chatClient(who, conversationId);
  stops.push(() => client.stop());
  await client.start();
  const changes: EventPayload<"conversation", "thread.changed">[] = [];
  client.realtime.client.channel(`private-conversation-${conversationId}`).bind("thread.changed", (data: unknown) => changes.push(eventSchema("conversation", "thread.changed").parse(data)));
  return { client, changes };
}

/** The user channel's `thread.ended` events, as a tab hears them. */
async function userEvents(who: Actor) {
  const realtime = realtimeClient(who);
  stops.push(() => realtime.disconnect());
  const ended: EventPayload<"user", "thread.ended">[] = [];
  const channel = realtime.client.subscribe(`private-user-${who.user.id}`);
  channel.bind("thread.ended", (data: unknown) => ended.push(eventSchema("user", "thread.ended").parse(data)));
  await new Promise<void>((resolve) => channel.bind("pusher:subscription_succeeded", () => resolve()));
  return ended;
}

describe("managing a group thread", () => {
  it("the creator renames, adds and removes people, live for everyone; the removed person's pages are told to leave", { timeout: 90_000 }, async () => {
    const [alice, bob, carol, dave] = await Promise.all([actor(), actor(), actor({ fullName: "Carol Removed" }), actor({ fullName: "Dave Added" })]);
    const thread = await group(alice, [bob, carol]);
    const bobView = await watch(bob, thread.conversationId);
    const carolEvents = await userEvents(carol);

    expect(await ok(alice.run(() => renameThreadAction({ threadId: thread.id, title: "Weekend" })))).toEqual({ title: "Weekend" });
    await eventually(() => expect(bobView.changes.at(-1)).toMatchObject({ title: "Weekend" }));
    // Only the creator manages a group that does not allow everyone to.
    expect(await bob.run(() => renameThreadAction({ threadId: thread.id, title: "Mine" }))).toMatchObject({ ok: false, error: { code: "forbidden" } });
    expect(await bob.run(() => addParticipantsAction({ threadId: thread.id, userIds: [dave.user.id] }))).toMatchObject({ ok: false, error: { code: "forbidden" } });

    expect(await ok(alice.run(() => addParticipantsAction({ threadId: thread.id, userIds: [dave.user.id, bob.user.id] })))).toEqual({ added: [dave.user.id] });
    await eventually(() => expect(bobView.changes.at(-1)?.participants.map((p) => p.fullName)).toContain("Dave Added"));

    expect(await ok(alice.run(() => removeParticipantAction({ threadId: thread.id, userId: carol.user.id })))).toEqual({ removed: carol.user.id });
    await eventually(() => expect(carolEvents).toEqual([{ threadId: thread.id, conversationId: thread.conversationId, reason: "removed" }]));
    await eventually(() => expect(bobView.changes.at(-1)?.participants.map((p) => p.fullName)).not.toContain("Carol Removed"));
    expect((await fetchMessages(carol, thread.conversationId)).status).toBe(404);
    expect(await carol.run(() => renameThreadAction({ threadId: thread.id, title: "x" }))).toMatchObject({ ok: false, error: { code: "not_found" } });
    // Nobody removes the creator.
    await ok(alice.run(() => threadSettingsAction({ threadId: thread.id, anyoneManages: true })));
    expect(await bob.run(() => removeParticipantAction({ threadId: thread.id, userId: alice.user.id }))).toMatchObject({ ok: false, error: { code: "forbidden" } });
    // Everyone may manage now, but only the creator changes who may.
    expect(await ok(bob.run(() => renameThreadAction({ threadId: thread.id, title: "Bob's name" })))).toEqual({ title: "Bob's name" });
    expect(await bob.run(() => threadSettingsAction({ threadId: thread.id, anyoneManages: false }))).toMatchObject({ ok: false, error: { code: "forbidden" } });
  });

  it("leaving: the others see it; a creator who leaves hands the group to the longest-standing; the last one out deletes it", async () => {
    const [alice, bob, carol] = await Promise.all([actor(), actor(), actor()]);
    const thread = await group(alice, [bob, carol]);
    const carolView = await watch(carol, thread.conversationId);
    const aliceEvents = await userEvents(alice);

    await ok(alice.run(() => leaveThreadAction({ threadId: thread.id })));
    await eventually(() => expect(aliceEvents).toMatchObject([{ threadId: thread.id, reason: "left" }]));
    await eventually(() => expect(carolView.changes.at(-1)).toMatchObject({ createdById: bob.user.id, participants: [{ id: bob.user.id }, { id: carol.user.id }] }));
    expect(await ok(bob.run(() => renameThreadAction({ threadId: thread.id, title: "Bob's now" })))).toEqual({ title: "Bob's now" });

    await ok(bob.run(() => removeParticipantAction({ threadId: thread.id, userId: bob.user.id }))); // removing yourself is leaving
    await ok(carol.run(() => leaveThreadAction({ threadId: thread.id })));
    expect(await db.conversation.findUnique({ where: { id: thread.conversationId } })).toBeNull();
  });

  it("refuses one-to-one threads, blocked people, and more than ten people", async () => {
    const [alice, bob, eve] = await Promise.all([actor(), actor(), actor()]);
    const direct = await createThread([alice.user, bob.user]);
    expect(await alice.run(() => renameThreadAction({ threadId: direct.id, title: "Us" }))).toMatchObject({ ok: false, error: { code: "forbidden" } });
    expect(await alice.run(() => leaveThreadAction({ threadId: direct.id }))).toMatchObject({ ok: false, error: { code: "forbidden" } });

    const thread = await group(alice, [bob, await actor()]);
    await ok(eve.run(() => blockUserAction({ userId: alice.user.id })));
    expect(await alice.run(() => addParticipantsAction({ threadId: thread.id, userIds: [eve.user.id] }))).toMatchObject({
      ok: false,
      error: { code: "forbidden", message: "You can't message some of these people." },
    });
    const crowd = await Promise.all(Array.from({ length: 8 }, () => actor()));
    expect(await alice.run(() => addParticipantsAction({ threadId: thread.id, userIds: crowd.map((c) => c.user.id) }))).toMatchObject({ ok: false, error: { code: "validation" } });
    expect(await db.threadParticipant.count({ where: { threadId: thread.id } })).toBe(3);
  });
});

describe("what people added later read", () => {
  it("from when they joined: pages, catch-up, links, pins, replies, search, activity and unread all start there", async () => {
    const [alice, bob, dave] = await Promise.all([actor(), actor(), actor()]);
    // Bob and Dave share a server with Alice: the group is no message request to them (they post, and are notified, at once).
    await createServer(alice.user, { members: [[bob.user, "MEMBER"], [dave.user, "MEMBER"]] });
    const thread = await group(alice, [bob, await actor()], { history: "SINCE_JOIN" });
    const { conversationId } = thread;
    const secret = await send(alice, conversationId, `secretword before @${bob.user.username}`);
    await ok(alice.run(() => setPinAction({ messageId: secret.id, pinned: true })));
    const bobView = await watch(bob, conversationId);

    await ok(alice.run(() => addParticipantsAction({ threadId: thread.id, userIds: [dave.user.id] })));
    const daveView = await watch(dave, conversationId);
    expect(daveView.client.bodies()).toEqual([]);
    expect((await fetchMessages(dave, conversationId, { around: secret.seq })).body.messages).toEqual([]);
    expect((await fetchMessages(dave, conversationId, { before: 99 })).body.messages).toEqual([]);
    await expect(locateMessage(dave.user, secret.id)).rejects.toMatchObject({ code: "not_found" });
    expect(await ok(dave.run(() => listPinsAction({ conversationId })))).toEqual([]);
    expect(await dave.run(() => sendMessageAction({ conversationId, clientId: newClientId(), body: "re", replyToId: secret.id }))).toMatchObject({ ok: false, error: { code: "not_found" } });
    // Read up to the join: nothing unread for the newcomer.
    expect((await unreadSummary(dave.user.id)).some((u) => u.conversationId === conversationId)).toBe(false);

    // A reply quoting the past: the newcomer sees the quote as hidden, whoever else the whole of it,
    // and no realtime event carries it (each catches up through their own read).
    const reply = await send(alice, conversationId, `answering @${dave.user.username} secretword`, secret.id);
    await eventually(() => expect(daveView.client.sync.state.messages.map((m) => m.id)).toEqual([reply.id]));
    expect(daveView.client.sync.state.messages[0]!.replyTo).toEqual({ id: secret.id, seq: secret.seq, author: null, excerpt: "", deleted: true });
    await eventually(() => expect(bobView.client.sync.state.messages.at(-1)?.replyTo).toMatchObject({ excerpt: expect.stringContaining("secretword"), deleted: false }));

    const search = (who: Actor) => searchMessages(who.user, messageSearchSchema.parse({ q: "secretword", limit: 50 })).then((page) => page.results.map((r) => r.id).sort());
    expect(await search(dave)).toEqual([reply.id]);
    expect(await search(bob)).toEqual([secret.id, reply.id].sort());
    expect((await listActivity(bob.user.id, "mention")).map((a) => a.messageId)).toEqual([secret.id]);
    expect((await listActivity(dave.user.id, "mention")).map((a) => a.messageId)).toEqual([reply.id]);
    expect((await listActivity(dave.user.id, "reply")).map((a) => a.messageId)).toEqual([]);
  });

  it("everything: the newcomer reads the whole history, yet starts with nothing unread", async () => {
    const [alice, bob, dave] = await Promise.all([actor(), actor(), actor()]);
    const thread = await group(alice, [bob, await actor()], { history: "ALL" });
    const old = await send(alice, thread.conversationId, "from before");
    await ok(alice.run(() => addParticipantsAction({ threadId: thread.id, userIds: [dave.user.id] })));
    expect((await fetchMessages(dave, thread.conversationId)).body.messages.map((m) => m.id)).toEqual([old.id]);
    expect((await unreadSummary(dave.user.id)).some((u) => u.conversationId === thread.conversationId)).toBe(false);
  });
});
