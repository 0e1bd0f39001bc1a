import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { deleteMessageAction } from "@/lib/actions/messages/delete-message";
import { hideMessageAction } from "@/lib/actions/messages/hide-message";
import { sendMessageAction } from "@/lib/actions/messages/send-message";
import { locateMessage } from "@/lib/messages/locate";
import { ConversationSync, newClientId } from "@/lib/messages/client/sync";
import { apiClient } from "../support/api";
import { actor, createServer, createThread, createUser, fillConversation, type Actor } from "../support/factories";
import { fetchMessages } from "../support/messaging";

// Jumping to a message (`?around=` pages, the sync's jump mode) and message links (locateMessage,
// GET /api/v1/messages/{id}), through the real route handlers and database.

async function send(who: Actor, conversationId: string, body: string) {
  const result = await who.run(() => sendMessageAction({ conversationId, clientId: newClientId(), body }));
  if (!result.ok) throw new Error(result.error.message);
  return result.data;
}

function syncFor(who: Actor, conversationId: string) {
  return new ConversationSync(conversationId, who.user.id, {
    async fetchPage(query) {
      const { status, body } = await fetchMessages(who, conversationId, query);
      if (status !== 200) throw new Error(`fetch failed (${status})`);
      return body;
    },
    send: (input) => who.run(() => sendMessageAction(input)),
  });
}

describe("the page around a message", () => {
  it("reads the page around a seq 100,000 messages back, cut on both sides by keyset", async () => {
    const alice = await actor();
    const server = await createServer(alice.user);
    const { conversationId } = server.channels[0]!;
    await fillConversation(conversationId, alice.user.id, 100_000);

    const { status, body } = await fetchMessages(alice, conversationId, { around: 3 });
    expect(status).toBe(200);
    expect(body.messages.map((m) => m.seq)).toEqual(Array.from({ length: 28 }, (_, i) => i + 1)); // all 3 up to it, 25 newer
    expect(body).toMatchObject({ hasOlder: false, hasNewer: true, syncedTo: 28, conversation: { kind: "channel" } });

    const middle = await fetchMessages(alice, conversationId, { around: 50_000, limit: 10 });
    expect(middle.body.messages.map((m) => m.seq)).toEqual([49_996, 49_997, 49_998, 49_999, 50_000, 50_001, 50_002, 50_003, 50_004, 50_005]);
    expect(middle.body).toMatchObject({ hasOlder: true, hasNewer: true, syncedTo: 50_005 });

    const end = await fetchMessages(alice, conversationId, { around: 99_999, limit: 10 });
    expect(end.body.messages.map((m) => m.seq)).toEqual([99_995, 99_996, 99_997, 99_998, 99_999, 100_000]);
    expect(end.body).toMatchObject({ hasOlder: true, hasNewer: false, syncedTo: 100_000 });

    // The plan uses the (conversationId, seq) index for both halves: no OFFSET, no scan.
    const plan = await db.$queryRawUnsafe<{ "QUERY PLAN": string }[]>(
      `EXPLAIN SELECT "seq" FROM "Message" WHERE "conversationId" = $1 AND "seq" <= 50000 ORDER BY "seq" DESC LIMIT 26`,
      conversationId,
    );
    expect(plan.map((row) => row["QUERY PLAN"]).join("\n")).toMatch(/Index (Only )?Scan Backward/);
  });

  it("refuses around with before or after, and answers 404 to someone who can't read", async () => {
    const alice = await actor();
    const outsider = await actor();
    const thread = await createThread([alice.user, await createUser()]);
    expect((await fetchMessages(alice, thread.conversationId, { around: 1, after: 1 })).status).toBe(400);
    expect((await fetchMessages(outsider, thread.conversationId, { around: 1 })).status).toBe(404);
  });
});

describe("the sync after a jump", () => {
  it("opens around the message, ignores live messages far below, scrolls down page by page and joins the newest", async () => {
    const alice = await actor();
    const bob = await actor();
    const server = await createServer(alice.user, { members: [[bob.user, "MEMBER"]] });
    const { conversationId } = server.channels[0]!;
    await fillConversation(conversationId, alice.user.id, 300);

    const sync = syncFor(bob, conversationId);
    await sync.load();
    expect(sync.state.messages.at(-1)!.seq).toBe(300);

    await sync.jumpTo(100);
    expect(sync.state.messages.map((m) => m.seq)).toEqual(Array.from({ length: 50 }, (_, i) => i + 76));
    expect(sync.state).toMatchObject({ hasNewer: true, hasOlder: true, syncedTo: 125 });

    // A message sent meanwhile, at the far end: not a gap to fill while the reader is back here.
    const live = await send(alice, conversationId, "live");
    sync.onMessageCreated({ message: live });
    expect(sync.state.messages.some((m) => m.seq === live.seq)).toBe(false);

    await sync.loadNewer();
    expect(sync.state.messages.at(-1)!.seq).toBe(175);
    expect(sync.state.hasNewer).toBe(true);
    for (let pages = 0; sync.state.hasNewer && pages < 10; pages++) await sync.loadNewer();
    expect(sync.state.hasNewer).toBe(false);
    const seqs = sync.state.messages.map((m) => m.seq);
    expect(seqs).toEqual(Array.from({ length: live.seq - 75 }, (_, i) => i + 76)); // contiguous, the live one included
    await sync.loadOlder();
    expect(sync.state.messages[0]!.seq).toBe(26);
  });

  it("goes back to the newest messages when the reader sends", async () => {
    const alice = await actor();
    const server = await createServer(alice.user);
    const { conversationId } = server.channels[0]!;
    await fillConversation(conversationId, alice.user.id, 200);
    const sync = syncFor(alice, conversationId);
    await sync.jumpTo(10);
    sync.send("back at the end");
    await expect.poll(() => sync.state.messages.at(-1)?.body, { timeout: 10_000 }).toBe("back at the end");
    expect(sync.state.hasNewer).toBe(false);
    expect(sync.state.messages.at(-1)!.seq).toBe(201);
    expect(sync.state.messages.at(-2)!.seq).toBe(200);
  });
});

describe("message links", () => {
  it("locates a channel message and a thread message for readers, and nobody else", async () => {
    const alice = await actor();
    const bob = await actor();
    const outsider = await actor();
    const server = await createServer(alice.user, { visibility: "PRIVATE", members: [[bob.user, "MEMBER"]] });
    const channel = server.channels[0]!;
    const inChannel = await send(bob, channel.conversationId, "in the channel");
    const thread = await createThread([alice.user, bob.user]);
    await send(alice, thread.conversationId, "first");
    const inThread = await send(alice, thread.conversationId, "second");

    expect(await locateMessage(alice.user, inChannel.id)).toEqual({
      messageId: inChannel.id,
      conversationId: channel.conversationId,
      seq: 1,
      path: `/s/${server.slug}/general?at=1`,
      deleted: false,
    });
    expect(await locateMessage(bob.user, inThread.id)).toMatchObject({ path: `/t/${thread.id}?at=2`, deleted: false });
    await expect(locateMessage(outsider.user, inChannel.id)).rejects.toMatchObject({ code: "not_found" });
    await expect(locateMessage(outsider.user, inThread.id)).rejects.toMatchObject({ code: "not_found" });
    await expect(locateMessage(alice.user, "nosuchmessage")).rejects.toMatchObject({ code: "not_found" });
  });

  it("says a deleted or hidden message is deleted, and the API answers the same", async () => {
    const alice = await actor();
    const bob = await actor();
    const thread = await createThread([alice.user, bob.user]);
    const gone = await send(alice, thread.conversationId, "soon gone");
    const hidden = await send(alice, thread.conversationId, "hidden by bob");
    expect((await alice.run(() => deleteMessageAction({ messageId: gone.id }))).ok).toBe(true);
    expect((await bob.run(() => hideMessageAction({ messageId: hidden.id }))).ok).toBe(true);
    expect(await locateMessage(bob.user, gone.id)).toMatchObject({ deleted: true, path: `/t/${thread.id}?at=1` });
    expect(await locateMessage(bob.user, hidden.id)).toMatchObject({ deleted: true });
    expect(await locateMessage(alice.user, hidden.id)).toMatchObject({ deleted: false });

    const api = apiClient();
    const asBob = await api.signIn(bob.user);
    expect((await asBob.get(`/messages/${hidden.id}`)).body).toMatchObject({ messageId: hidden.id, seq: 2, deleted: true, path: `/t/${thread.id}?at=2` });
    const outsider = await api.signIn((await actor()).user);
    expect((await outsider.get(`/messages/${hidden.id}`)).status).toBe(404);
    const around = await asBob.get(`/conversations/${thread.conversationId}/messages?around=1`);
    expect(around.body.messages.map((m: { seq: number }) => m.seq)).toEqual([1]); // the hidden one left out
  });
});
