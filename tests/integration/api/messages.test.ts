import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { SEND_LIMIT } from "@/lib/messages/send-message";
import { apiClient, dispatch } from "../../support/api";
import { addMember, createServer, createThread, createUser, unique } from "../../support/factories";
import { apiRealtimeClient } from "../../support/realtime";

const api = apiClient();

async function signedIn(options: Parameters<typeof createUser>[0] = {}) {
  const user = await createUser(options);
  return { user, api: await api.signIn(user) };
}

/** Alice and Bob in a direct thread, both signed in to the API. */
async function thread() {
  const [alice, bob] = await Promise.all([signedIn(), signedIn()]);
  const { conversationId } = await createThread([alice.user, bob.user]);
  return { alice, bob, conversationId, path: `/conversations/${conversationId}/messages` };
}

const send = (session: Awaited<ReturnType<typeof signedIn>>["api"], path: string, body: string, clientId = unique("c")) =>
  session.post(path, { body: { clientId: clientId.padEnd(8, "0"), body } });

describe("POST /conversations/{id}/messages", () => {
  it("stores a message once per client id, and announces it to subscribers", async () => {
    const { alice, bob, conversationId, path } = await thread();
    const listener = apiRealtimeClient(bob.api.tokens.access, dispatch);
    try {
      const channel = await listener.subscribe("conversation", conversationId);
      const announced = listener.next<{ message: { body: string } }>(channel, "message.created");
      const first = await send(alice.api, path, "  Hello Bob  ", "retry-id-1");
      expect(first.status).toBe(201);
      expect(first.body).toMatchObject({ conversationId, seq: 1, clientId: "retry-id-1", body: "Hello Bob", author: { id: alice.user.id }, deletedAt: null });
      expect((await announced).message.body).toBe("Hello Bob");

      const retry = await send(alice.api, path, "Hello Bob", "retry-id-1");
      expect(retry.status).toBe(201);
      expect(retry.body.id).toBe(first.body.id);
      expect(await db.message.count({ where: { conversationId } })).toBe(1);
    } finally {
      listener.disconnect();
    }
  });

  it("names invalid fields, and refuses oversized bodies with 413", async () => {
    const { alice, path } = await thread();
    const invalid = await alice.api.post(path, { body: { clientId: "no!", body: "   " } });
    expect(invalid.status).toBe(400);
    expect(invalid.body.error.fields).toEqual({ clientId: "Invalid client id", body: "Write a message" });
    const long = await send(alice.api, path, "x".repeat(4_001));
    expect(long.status).toBe(400);
    expect(long.body.error.fields.body).toMatch(/at most 4,000/);
    expect((await send(alice.api, path, "x".repeat(70_000))).status).toBe(413);
  });

  it("refuses outsiders (404), visitors of a public channel (403), unverified accounts (403) and a client id reused elsewhere (409)", async () => {
    const { alice, path } = await thread();
    const { api: eve } = await signedIn();
    expect((await send(eve, path, "hi")).status).toBe(404);

    const owner = await createUser();
    const server = await createServer(owner);
    const channelPath = `/conversations/${server.channels[0]!.conversationId}/messages`;
    const visitor = await send(eve, channelPath, "hi");
    expect(visitor.status).toBe(403);
    expect(visitor.body.error.message).toMatch(/Join this server/);

    const unverified = await signedIn({ verified: false });
    await addMember(server, unverified.user);
    expect((await send(unverified.api, channelPath, "hi")).status).toBe(403);

    await send(alice.api, path, "first", "same-id-1");
    const other = await createThread([alice.user, owner]);
    expect((await send(alice.api, `/conversations/${other.conversationId}/messages`, "second", "same-id-1")).status).toBe(409);
  });
});

describe("the send rate limit", () => {
  it("answers 429 with Retry-After past the web app's limit per user, and lets retries of stored messages through", async () => {
    const { alice, path } = await thread();
    const first = await send(alice.api, path, "counted", "retried-1");
    for (let i = 1; i < SEND_LIMIT.limit; i++) expect((await send(alice.api, path, `message ${i}`)).status).toBe(201);
    const refused = await send(alice.api, path, "one too many");
    expect(refused.status).toBe(429);
    expect(refused.body.error).toMatchObject({ code: "rate_limited", message: expect.stringMatching(/sending messages too fast/) });
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    expect((await send(alice.api, path, "counted", "retried-1")).body.id).toBe(first.body.id);
  });
});

describe("GET /conversations/{id}/messages", () => {
  it("pages by seq: newest first page, then before and after", async () => {
    const { alice, bob, path } = await thread();
    for (let i = 1; i <= 7; i++) await send(i % 2 ? alice.api : bob.api, path, `message ${i}`);

    const newest = await bob.api.get(`${path}?limit=3`);
    expect(newest.status).toBe(200);
    expect(newest.body.messages.map((m: { seq: number }) => m.seq)).toEqual([5, 6, 7]);
    expect(newest.body).toMatchObject({ syncedTo: 7, hasOlder: true, conversation: { kind: "thread" }, serverTime: expect.any(String) });
    expect(newest.body.conversation.participants.map((p: { id: string }) => p.id).sort()).toEqual([alice.user.id, bob.user.id].sort());

    const older = await bob.api.get(`${path}?limit=3&before=5`);
    expect(older.body.messages.map((m: { seq: number }) => m.seq)).toEqual([2, 3, 4]);
    expect(older.body.hasOlder).toBe(true);
    const oldest = await bob.api.get(`${path}?limit=3&before=2`);
    expect(oldest.body).toMatchObject({ messages: [{ seq: 1, body: "message 1" }], hasOlder: false });

    const after = await bob.api.get(`${path}?limit=4&after=2`);
    expect(after.body.messages.map((m: { seq: number }) => m.seq)).toEqual([3, 4, 5, 6]);
    expect(after.body).toMatchObject({ syncedTo: 6, hasNewer: true });
  });

  it("refuses bad queries by name, and other people's conversations with 404", async () => {
    const { alice, path } = await thread();
    const both = await alice.api.get(`${path}?before=3&after=1`);
    expect(both.status).toBe(400);
    expect(both.body.error.fields).toEqual({ before: "Use one of before, after or around" });
    expect((await alice.api.get(`${path}?limit=0`)).body.error.fields.limit).toBeTruthy();
    const { api: eve } = await signedIn();
    expect((await eve.get(path)).status).toBe(404);
    expect((await eve.get("/conversations/nope!/messages")).status).toBe(404);
  });
});

describe("deleting and receipts", () => {
  it("deletes for everyone (author or moderator only) and for me", async () => {
    const owner = await signedIn();
    const [author, other] = await Promise.all([signedIn(), signedIn()]);
    const server = await createServer(owner.user, { members: [[author.user, "MEMBER"], [other.user, "MEMBER"]] });
    const path = `/conversations/${server.channels[0]!.conversationId}/messages`;
    const mine = (await send(author.api, path, "oops")).body;
    const theirs = (await send(other.api, path, "keep")).body;

    expect((await other.api.delete(`/messages/${mine.id}`)).status).toBe(403);
    expect((await author.api.delete(`/messages/${mine.id}`)).status).toBe(204);
    expect((await author.api.delete(`/messages/${mine.id}`)).status).toBe(204);
    expect((await owner.api.get(path)).body.messages[0]).toMatchObject({ id: mine.id, body: "", deletedAt: expect.any(String) });
    expect((await owner.api.delete(`/messages/${theirs.id}`)).status).toBe(204); // moderators may

    const { api: eve } = await signedIn({});
    const privateServer = await createServer(owner.user, { visibility: "PRIVATE" });
    const secret = (await send(owner.api, `/conversations/${privateServer.channels[0]!.conversationId}/messages`, "secret")).body;
    expect((await eve.delete(`/messages/${secret.id}`)).status).toBe(404);
    expect((await eve.post(`/messages/${secret.id}/hide`)).status).toBe(404);

    const third = (await send(other.api, path, "hide me")).body;
    expect((await author.api.post(`/messages/${third.id}/hide`)).status).toBe(204);
    expect((await author.api.get(path)).body.messages.map((m: { id: string }) => m.id)).not.toContain(third.id);
    expect((await other.api.get(path)).body.messages.map((m: { id: string }) => m.id)).toContain(third.id);
  });

  it("moves receipts forward, and shows them to the others", async () => {
    const { alice, bob, path, conversationId } = await thread();
    await send(alice.api, path, "one");
    await send(alice.api, path, "two");
    const receipts = `/conversations/${conversationId}/receipts`;
    expect((await bob.api.post(receipts, { body: { deliveredSeq: 2, readSeq: 1 } })).status).toBe(204);
    expect((await bob.api.post(receipts, { body: { deliveredSeq: 1, readSeq: 0 } })).status).toBe(204); // never back
    expect((await alice.api.get(path)).body.receipts).toEqual([{ userId: bob.user.id, name: bob.user.fullName, deliveredSeq: 2, readSeq: 1 }]);

    expect((await bob.api.post(receipts, { body: { readSeq: -1 } })).status).toBe(400);
    const { api: eve } = await signedIn();
    expect((await eve.post(receipts, { body: { readSeq: 1 } })).status).toBe(404);
  });
});
