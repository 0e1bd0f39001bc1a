import { afterEach, describe, expect, it } from "vitest";
import { listActivity } from "@/lib/activity/queries";
import { blockUserAction } from "@/lib/actions/blocks/block-user";
import { markReceiptsAction } from "@/lib/actions/messages/mark-receipts";
import { markAllReadAction } from "@/lib/actions/unread/mark-all-read";
import { markUnreadAction } from "@/lib/actions/unread/mark-unread";
import { sendMessageAction } from "@/lib/actions/messages/send-message";
import { acceptRequestAction } from "@/lib/actions/requests/accept-request";
import { ignoreRequestAction } from "@/lib/actions/requests/ignore-request";
import { setMessagePolicyAction } from "@/lib/actions/requests/set-message-policy";
import { addParticipantsAction } from "@/lib/actions/threads/add-participants";
import { startThreadAction } from "@/lib/actions/threads/start-thread";
import { db } from "@/lib/db";
import { newClientId } from "@/lib/messages/client/sync";
import { listRecentThreads } from "@/lib/navigation/queries";
import { eventSchema } from "@/lib/realtime/catalogue";
import { countMessageRequests, listMessageRequests } from "@/lib/requests/requests";
import { unreadSummary } from "@/lib/unread/summary";
import { flushAfter } from "../support/after";
import { actor, createServer, createThread, type Actor } from "../support/factories";
import { eventually } from "../support/messaging";
import { realtimeClient } from "../support/realtime";

// "Who can message me" and message requests, through the real actions and database: who lands
// in someone's threads and who in their requests, what a request shows and hides until accepted,
// accepting, ignoring and blocking, and who may touch a request (only its recipient).

const stops: (() => void)[] = [];
afterEach(() => stops.splice(0).forEach((stop) => stop()));

async function ok<T>(result: Promise<{ ok: true; data: T } | { ok: false; error: { message: string } }>): Promise<T> {
  const r = await result;
  if (!r.ok) throw new Error(r.error.message);
  return r.data;
}
const start = (who: Actor, others: Actor[]) => ok(who.run(() => startThreadAction({ userIds: others.map((o) => o.user.id) })));
const send = (who: Actor, conversationId: string, body = "hello") => who.run(() => sendMessageAction({ conversationId, clientId: newClientId(), body }));
const statusOf = async (threadId: string, who: Actor) =>
  (await db.threadParticipant.findUniqueOrThrow({ where: { threadId_userId: { threadId, userId: who.user.id } }, select: { status: true } })).status;
const threadIds = async (who: Actor) => (await listRecentThreads(who.user.id)).map((t) => t.id);

/** `who`'s user-channel `requests.changed` events, as a tab hears them. */
async function requestEvents(who: Actor) {
  const realtime = realtimeClient(who);
  stops.push(() => realtime.disconnect());
  const channel = await realtime.subscribe("user", who.user.id);
  const events: unknown[] = [];
  channel.bind("requests.changed", (data: unknown) => events.push(eventSchema("user", "requests.changed").parse(data)));
  return events;
}

describe("message requests", () => {
  it("a stranger's first message waits in the recipient's requests: no thread, unread, mention or receipt until accepted", { timeout: 60_000 }, async () => {
    const [stranger, alice] = await Promise.all([actor({ fullName: "Sam Stranger" }), actor()]);
    const aliceEvents = await requestEvents(alice);
    const thread = await start(stranger, [alice]);
    expect(await statusOf(thread.id, alice)).toBe("REQUESTED");
    expect(await statusOf(thread.id, stranger)).toBe("ACCEPTED");
    expect(await countMessageRequests(alice.user.id)).toBe(0); // no message yet: nothing to show

    await ok(send(stranger, thread.conversationId, `hi @${alice.user.username}`));
    await flushAfter();
    await eventually(() => expect(aliceEvents.length).toBeGreaterThan(0));
    expect(await countMessageRequests(alice.user.id)).toBe(1);
    expect(await listMessageRequests(alice.user.id)).toMatchObject([
      { threadId: thread.id, title: "Sam Stranger", others: [{ id: stranger.user.id }], lastMessage: { body: `hi @${alice.user.username}` } },
    ]);
    // The requester sees an ordinary thread; the recipient has no thread, unread or mention of it.
    expect(await threadIds(stranger)).toEqual([thread.id]);
    expect(await threadIds(alice)).toEqual([]);
    expect((await unreadSummary(alice.user.id)).map((u) => u.conversationId)).not.toContain(thread.conversationId);
    expect(await listActivity(alice.user.id)).toEqual([]);
    // She reads it without telling: no receipt; and can't answer before accepting.
    expect(await alice.run(() => markReceiptsAction({ conversationId: thread.conversationId, deliveredSeq: 1, readSeq: 1 }))).toMatchObject({ ok: true, data: null });
    expect(await alice.run(() => markAllReadAction({}))).toMatchObject({ ok: true });
    const [first] = await db.message.findMany({ where: { conversationId: thread.conversationId }, select: { id: true } });
    expect(await alice.run(() => markUnreadAction({ messageId: first!.id }))).toMatchObject({ ok: false, error: { code: "forbidden" } });
    expect(await db.receipt.count({ where: { conversationId: thread.conversationId, userId: alice.user.id } })).toBe(0);
    expect(await send(alice, thread.conversationId)).toMatchObject({ ok: false, error: { code: "forbidden", message: "Accept this message request to reply." } });

    expect(await alice.run(() => acceptRequestAction({ threadId: thread.id }))).toEqual({ ok: true, data: { threadId: thread.id } });
    expect(await countMessageRequests(alice.user.id)).toBe(0);
    expect(await threadIds(alice)).toEqual([thread.id]);
    expect((await listRecentThreads(alice.user.id))[0]).toMatchObject({ unread: false }); // read up to now
    expect(await ok(send(alice, thread.conversationId, "hello back"))).toMatchObject({ body: "hello back" });
    await ok(send(stranger, thread.conversationId, "great"));
    expect((await unreadSummary(alice.user.id)).map((u) => u.conversationId)).toContain(thread.conversationId);
  });

  it("people who share a server, or (with Anyone) a thread, land in the threads at once; Servers only counts servers", async () => {
    const [alice, bob, carol, dave] = await Promise.all([actor(), actor(), actor(), actor()]);
    await createServer(alice.user, { members: [[bob.user, "MEMBER"]] });
    await createThread([alice.user, carol.user, dave.user]); // a group alice and carol share
    const fromBob = await start(bob, [alice]);
    expect(await statusOf(fromBob.id, alice)).toBe("ACCEPTED");
    const fromCarol = await start(carol, [alice]);
    expect(await statusOf(fromCarol.id, alice)).toBe("ACCEPTED");

    await ok(dave.run(() => setMessagePolicyAction({ policy: "SERVERS" })));
    const carolToDave = await start(carol, [dave]);
    expect(await statusOf(carolToDave.id, dave)).toBe("REQUESTED");
    // A request not accepted is no thread shared: carol's next group reaches bob as a request too.
    const carolToBob = await start(carol, [bob]);
    expect(await statusOf(carolToBob.id, bob)).toBe("REQUESTED");
    const carolsGroup = await start(carol, [bob, dave]);
    expect(await statusOf(carolsGroup.id, bob)).toBe("REQUESTED");
    expect(await statusOf(carolsGroup.id, dave)).toBe("REQUESTED"); // Servers: the group alice, carol and dave share doesn't count
  });

  it("Nobody refuses new threads and additions to groups (generic message), and leaves existing threads alone", async () => {
    const [alice, bob, carol] = await Promise.all([actor(), actor(), actor()]);
    const existing = await start(bob, [alice]);
    const group = await createThread([bob.user, carol.user, alice.user]);
    expect(await alice.run(() => setMessagePolicyAction({ policy: "NOBODY" }))).toEqual({ ok: true, data: { policy: "NOBODY" } });
    const refused = { ok: false, error: { code: "forbidden", message: "You can't message some of these people." } };
    expect(await carol.run(() => startThreadAction({ userIds: [alice.user.id] }))).toMatchObject(refused);
    expect(await carol.run(() => startThreadAction({ userIds: [alice.user.id, bob.user.id] }))).toMatchObject(refused);
    const carolsGroup = await start(carol, [bob, (await actor())]);
    expect(await carol.run(() => addParticipantsAction({ threadId: carolsGroup.id, userIds: [alice.user.id] }))).toMatchObject(refused);
    expect(await db.threadParticipant.count({ where: { userId: alice.user.id } })).toBe(2);
    // What she has goes on.
    expect(await start(bob, [alice])).toMatchObject({ id: existing.id, reused: true });
    expect(await send(bob, existing.conversationId)).toMatchObject({ ok: true });
    expect(await send(carol, group.conversationId)).toMatchObject({ ok: true });
    expect(await alice.run(() => setMessagePolicyAction({ policy: "EVERYONE" as never }))).toMatchObject({ ok: false, error: { code: "validation", fields: { policy: expect.any(String) } } });
  });

  it("ignoring hides the request for good without telling its sender; writing to them later accepts it", async () => {
    const [stranger, alice] = await Promise.all([actor(), actor()]);
    const thread = await start(stranger, [alice]);
    await ok(send(stranger, thread.conversationId));
    expect(await alice.run(() => ignoreRequestAction({ threadId: thread.id }))).toEqual({ ok: true, data: undefined });
    expect(await countMessageRequests(alice.user.id)).toBe(0);
    expect(await threadIds(alice)).toEqual([]);
    // The sender goes on as before: their thread, their sends, no receipt from her.
    expect(await send(stranger, thread.conversationId, "still there?")).toMatchObject({ ok: true });
    expect(await start(stranger, [alice])).toMatchObject({ id: thread.id, reused: true });
    expect(await statusOf(thread.id, alice)).toBe("IGNORED");
    expect(await countMessageRequests(alice.user.id)).toBe(0);
    expect(await db.receipt.count({ where: { conversationId: thread.conversationId, userId: alice.user.id } })).toBe(0);

    expect(await start(alice, [stranger])).toMatchObject({ id: thread.id, reused: true });
    expect(await statusOf(thread.id, alice)).toBe("ACCEPTED");
    expect(await threadIds(alice)).toEqual([thread.id]);
  });

  it("blocking the sender ignores their request; an ignored request can still be accepted", async () => {
    const [mallory, alice, sam] = await Promise.all([actor(), actor(), actor()]);
    const fromMallory = await start(mallory, [alice]);
    await ok(send(mallory, fromMallory.conversationId));
    await ok(alice.run(() => blockUserAction({ userId: mallory.user.id })));
    expect(await statusOf(fromMallory.id, alice)).toBe("IGNORED");
    expect(await send(mallory, fromMallory.conversationId)).toMatchObject({ ok: false, error: { code: "forbidden" } });

    const fromSam = await start(sam, [alice]);
    await ok(send(sam, fromSam.conversationId));
    await ok(alice.run(() => ignoreRequestAction({ threadId: fromSam.id })));
    await ok(alice.run(() => acceptRequestAction({ threadId: fromSam.id })));
    expect(await threadIds(alice)).toEqual([fromSam.id]);
  });

  it("only its recipient accepts or ignores a request: the requester, strangers and accepted threads are not found", async () => {
    const [requester, alice, stranger] = await Promise.all([actor(), actor(), actor()]);
    const thread = await start(requester, [alice]);
    await ok(send(requester, thread.conversationId));
    const notFound = { ok: false, error: { code: "not_found" } };
    for (const who of [requester, stranger]) {
      expect(await who.run(() => acceptRequestAction({ threadId: thread.id }))).toMatchObject(notFound);
      expect(await who.run(() => ignoreRequestAction({ threadId: thread.id }))).toMatchObject(notFound);
    }
    expect(await statusOf(thread.id, alice)).toBe("REQUESTED");
    await ok(alice.run(() => acceptRequestAction({ threadId: thread.id })));
    expect(await alice.run(() => acceptRequestAction({ threadId: thread.id }))).toMatchObject(notFound);
    expect(await alice.run(() => ignoreRequestAction({ threadId: thread.id }))).toMatchObject(notFound);
  });

  it("a group reaches each person as their settings say: a stranger added to it gets it as a request", async () => {
    const [alice, bob, stranger] = await Promise.all([actor(), actor(), actor()]);
    await createServer(alice.user, { members: [[bob.user, "MEMBER"]] });
    const group = await start(alice, [bob, stranger]);
    expect(await statusOf(group.id, bob)).toBe("ACCEPTED");
    expect(await statusOf(group.id, stranger)).toBe("REQUESTED");
    await ok(send(alice, group.conversationId, "before you came"));
    const other = await actor();
    const otherEvents = await requestEvents(other);
    await ok(alice.run(() => addParticipantsAction({ threadId: group.id, userIds: [other.user.id] })));
    expect(await statusOf(group.id, other)).toBe("REQUESTED");
    await flushAfter();
    await eventually(() => expect(otherEvents).toEqual([{}]));
    expect(await listMessageRequests(other.user.id)).toMatchObject([{ threadId: group.id, lastMessage: { body: "before you came" } }]);
  });

  it("a request to join a group that hides its past previews nothing from before", async () => {
    const [alice, bob, carol, stranger] = await Promise.all([actor(), actor(), actor(), actor()]);
    const plans = await ok(alice.run(() => startThreadAction({ userIds: [bob.user.id, carol.user.id], title: "Plans", history: "SINCE_JOIN" })));
    await ok(send(alice, plans.conversationId, "secret plans"));
    await ok(alice.run(() => addParticipantsAction({ threadId: plans.id, userIds: [stranger.user.id] })));
    expect(await listMessageRequests(stranger.user.id)).toMatchObject([{ threadId: plans.id, lastMessage: null }]);
    await ok(send(alice, plans.conversationId, "welcome"));
    expect(await listMessageRequests(stranger.user.id)).toMatchObject([{ threadId: plans.id, lastMessage: { body: "welcome" } }]);
  });
});
