import { describe, expect, it } from "vitest";
import { apiClient } from "../../support/api";
import { flushAfter } from "../../support/after";
import { createServer, createThread, createUser, unique } from "../../support/factories";

// Unread state through /api/v1: the summary, marking read (a conversation, a server, everything)
// and unread from a message on, for clients other than the web app.

const api = apiClient();

async function signedIn() {
  const user = await createUser();
  return { user, api: await api.signIn(user) };
}

type Session = Awaited<ReturnType<typeof signedIn>>["api"];

async function send(session: Session, conversationId: string, body: string) {
  const sent = await session.post(`/conversations/${conversationId}/messages`, { body: { clientId: unique("c").padEnd(8, "0"), body } });
  expect(sent.status).toBe(201);
  await flushAfter();
  return sent.body as { id: string; seq: number };
}

async function unread(session: Session) {
  const answer = await session.get("/me/unread");
  expect(answer.status).toBe(200);
  return Object.fromEntries((answer.body.items as { conversationId: string }[]).map((c) => [c.conversationId, c]));
}

describe("unread through the API", () => {
  it("lists what others wrote since the read mark, and marks a conversation, a server and everything read", async () => {
    const [alice, bob] = await Promise.all([signedIn(), signedIn()]);
    const server = await createServer(alice.user, { members: [[bob.user, "MEMBER"]] });
    const channel = server.channels[0]!.conversationId;
    const { conversationId: direct } = await createThread([alice.user, bob.user]);

    await send(alice.api, channel, "in the channel");
    await send(alice.api, direct, "one");
    await send(alice.api, direct, "two");
    expect(await unread(alice.api)).toEqual({}); // her own messages are read
    const before = await unread(bob.api);
    expect(before[channel]).toMatchObject({ serverId: server.id, threadId: null, lastSeq: 1, readSeq: 0, mentions: 0 });
    expect(before[direct]).toMatchObject({ serverId: null, lastSeq: 2, readSeq: 0 });

    expect((await bob.api.post(`/conversations/${direct}/read`)).status).toBe(204);
    expect(Object.keys(await unread(bob.api))).toEqual([channel]);
    expect((await bob.api.post(`/servers/${server.id}/read`)).status).toBe(204);
    expect(await unread(bob.api)).toEqual({});

    await send(alice.api, channel, "again");
    await send(alice.api, direct, "and again");
    expect(Object.keys(await unread(bob.api)).sort()).toEqual([channel, direct].sort());
    expect((await bob.api.post("/me/read")).status).toBe(204);
    expect(await unread(bob.api)).toEqual({});
  });

  it("marks unread from a message on, and answers 404 for what the caller can't read", async () => {
    const [alice, bob, mallory] = await Promise.all([signedIn(), signedIn(), signedIn()]);
    const { conversationId } = await createThread([alice.user, bob.user]);
    await send(alice.api, conversationId, "first");
    const second = await send(alice.api, conversationId, "second");
    await send(alice.api, conversationId, "third");
    expect((await bob.api.post(`/conversations/${conversationId}/read`)).status).toBe(204);

    const marked = await bob.api.post(`/messages/${second.id}/unread`);
    expect(marked.status).toBe(200);
    expect(marked.body).toEqual({ conversationId, readSeq: 1 });
    expect((await unread(bob.api))[conversationId]).toMatchObject({ lastSeq: 3, readSeq: 1 });

    expect((await mallory.api.post(`/messages/${second.id}/unread`)).status).toBe(404);
    expect((await mallory.api.post(`/conversations/${conversationId}/read`)).status).toBe(404);
    const server = await createServer(alice.user);
    expect((await mallory.api.post(`/servers/${server.id}/read`)).status).toBe(404);
  });
});

describe("notification settings through the API", () => {
  it("stores a level and a mute per conversation, lists what differs from the default, and forgets the default", async () => {
    const [alice, bob] = await Promise.all([signedIn(), signedIn()]);
    const server = await createServer(alice.user, { members: [[bob.user, "MEMBER"]] });
    const channel = server.channels[0]!.conversationId;
    const { conversationId: direct } = await createThread([alice.user, bob.user]);
    const until = new Date(Date.now() + 3_600_000).toISOString();

    const set = await bob.api.put(`/conversations/${channel}/notifications`, { body: { level: "MENTIONS", mutedUntil: null } });
    expect(set.status).toBe(200);
    expect(set.body).toEqual({ conversationId: channel, level: "MENTIONS", mutedUntil: null });
    expect((await bob.api.put(`/conversations/${direct}/notifications`, { body: { level: "ALL", mutedUntil: until } })).body.mutedUntil).toBe(until);
    const listed = await bob.api.get("/me/notifications");
    expect(listed.body.items).toHaveLength(2);
    expect(listed.body.items).toContainEqual({ conversationId: direct, level: null, mutedUntil: until }); // a thread's ALL is its default
    expect((await alice.api.get("/me/notifications")).body.items).toEqual([]); // per person

    // Back to the default: nothing stored; a mute already over counts as none.
    await bob.api.put(`/conversations/${channel}/notifications`, { body: { level: null, mutedUntil: null } });
    await bob.api.put(`/conversations/${direct}/notifications`, { body: { level: "ALL", mutedUntil: new Date(Date.now() - 1000).toISOString() } });
    expect((await bob.api.get("/me/notifications")).body).toEqual({ items: [], servers: [] });
  });

  it("stores a level and a mute per server for its members, which its channels follow unless they have a level of their own", async () => {
    const [alice, bob, mallory] = await Promise.all([signedIn(), signedIn(), signedIn()]);
    const server = await createServer(alice.user, { members: [[bob.user, "MEMBER"]] });
    const channel = server.channels[0]!.conversationId;
    const until = new Date(Date.now() + 8 * 3_600_000).toISOString();

    expect((await bob.api.get(`/servers/${server.id}/notifications`)).body).toEqual({ serverId: server.id, level: "ALL", mutedUntil: null });
    const set = await bob.api.put(`/servers/${server.id}/notifications`, { body: { level: "MENTIONS", mutedUntil: until } });
    expect(set.status).toBe(200);
    expect(set.body).toEqual({ serverId: server.id, level: "MENTIONS", mutedUntil: until });
    expect((await bob.api.get(`/servers/${server.id}/notifications`)).body).toEqual(set.body);
    expect((await bob.api.put(`/conversations/${channel}/notifications`, { body: { level: "ALL", mutedUntil: null } })).body).toEqual({ conversationId: channel, level: "ALL", mutedUntil: null });
    expect((await bob.api.get("/me/notifications")).body).toEqual({ items: [{ conversationId: channel, level: "ALL", mutedUntil: null }], servers: [set.body] });
    expect((await alice.api.get(`/servers/${server.id}/notifications`)).body.level, "per person").toBe("ALL");

    // A server left is no longer listed; back to the default, nothing is stored.
    expect((await bob.api.post(`/servers/${server.id}/leave`)).status).toBe(204);
    expect((await bob.api.get("/me/notifications")).body.servers).toEqual([]);
    expect((await bob.api.get(`/servers/${server.id}/notifications`)).status, "members only").toBe(404);
    expect((await alice.api.put(`/servers/${server.id}/notifications`, { body: { level: "MENTIONS", mutedUntil: null } })).status).toBe(200);
    await alice.api.put(`/servers/${server.id}/notifications`, { body: { level: "ALL", mutedUntil: null } });
    expect((await alice.api.get("/me/notifications")).body.servers).toEqual([]);

    // Members only; a level that doesn't exist is a field error.
    expect((await mallory.api.get(`/servers/${server.id}/notifications`)).status).toBe(404);
    expect((await mallory.api.put(`/servers/${server.id}/notifications`, { body: { level: "NOTHING", mutedUntil: null } })).status).toBe(404);
    const invalid = await alice.api.put(`/servers/${server.id}/notifications`, { body: { level: null, mutedUntil: "soon" } });
    expect(invalid.status).toBe(400);
    expect(Object.keys(invalid.body.error.fields).sort()).toEqual(["level", "mutedUntil"]);
  });

  it("refuses a conversation the caller can't read, and a level that doesn't exist", async () => {
    const [alice, bob, mallory] = await Promise.all([signedIn(), signedIn(), signedIn()]);
    const { conversationId } = await createThread([alice.user, bob.user]);
    expect((await mallory.api.put(`/conversations/${conversationId}/notifications`, { body: { level: "NOTHING", mutedUntil: null } })).status).toBe(404);
    const invalid = await bob.api.put(`/conversations/${conversationId}/notifications`, { body: { level: "LOUD", mutedUntil: "soon" } });
    expect(invalid.status).toBe(400);
    expect(Object.keys(invalid.body.error.fields).sort()).toEqual(["level", "mutedUntil"]);
  });
});

describe("the activity inbox through the API", () => {
  it("lists a reply and a reaction to the caller's messages, by kind", async () => {
    const [alice, bob] = await Promise.all([signedIn(), signedIn()]);
    const { conversationId } = await createThread([alice.user, bob.user]);
    const mine = await send(alice.api, conversationId, "dinner?");
    const reply = await bob.api.post(`/conversations/${conversationId}/messages`, { body: { clientId: unique("c").padEnd(8, "0"), body: "sure", replyToId: mine.id } });
    expect(reply.status).toBe(201);
    expect((await bob.api.put(`/messages/${mine.id}/reactions`, { body: { emoji: "👍" } })).status).toBeLessThan(300);
    await flushAfter();

    const all = await alice.api.get("/me/activity");
    expect(all.status).toBe(200);
    expect(all.body.items.map((i: { kind: string; text: string; yours: string }) => [i.kind, i.text, i.yours])).toEqual([
      ["reaction", "👍", "dinner?"],
      ["reply", "sure", "dinner?"],
    ]);
    expect(all.body.items[1]).toMatchObject({ messageId: reply.body.id, actor: { id: bob.user.id }, place: { kind: "thread" } });
    expect((await alice.api.get("/me/activity?kind=reply")).body.items).toHaveLength(1);
    expect((await alice.api.get("/me/activity?kind=mention")).body.items).toEqual([]);
    expect((await alice.api.get("/me/activity?kind=nope")).status).toBe(400);
    expect((await bob.api.get("/me/activity")).body.items).toEqual([]);
  });
});
