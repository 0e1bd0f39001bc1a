import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { apiClient } from "../../support/api";
import { createUser, unique } from "../../support/factories";

const api = apiClient();

async function signedIn(options: Parameters<typeof createUser>[0] = {}) {
  const user = await createUser(options);
  return { user, api: await api.signIn(user) };
}

describe("threads", () => {
  it("starts a one-to-one thread once, reuses it after, and lists it with its last message", async () => {
    const [alice, bob] = await Promise.all([signedIn(), signedIn()]);
    const created = await alice.api.post("/threads", { body: { userIds: [bob.user.id] } });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ direct: true, reused: false, title: bob.user.fullName, conversationId: expect.any(String) });
    expect(created.body.participants.map((p: { id: string }) => p.id)).toEqual([alice.user.id, bob.user.id]);

    const again = await bob.api.post("/threads", { body: { userIds: [alice.user.id] } });
    expect(again.body).toMatchObject({ id: created.body.id, reused: true, title: alice.user.fullName });

    await alice.api.post(`/conversations/${created.body.conversationId}/messages`, { body: { clientId: unique("c"), body: "hey" } });
    const list = await bob.api.get("/threads");
    expect(list.status).toBe(200);
    expect(list.body.items).toEqual([
      expect.objectContaining({ id: created.body.id, lastMessage: { body: "hey", mine: false }, unread: true, others: [expect.objectContaining({ id: alice.user.id })] }),
    ]);
    expect((await bob.api.get(`/threads/${created.body.id}`)).body.id).toBe(created.body.id);
  });

  it("pages the list by limit, most recent first", async () => {
    const alice = await signedIn();
    const people = await Promise.all([1, 2, 3].map(() => createUser()));
    for (const person of people) await alice.api.post("/threads", { body: { userIds: [person.id] } });
    const { body } = await alice.api.get("/threads?limit=2");
    expect(body.items).toHaveLength(2);
    expect((await alice.api.get("/threads?limit=500")).status).toBe(400);
  });

  it("starts group threads with a title", async () => {
    const [alice, bob, carol] = await Promise.all([signedIn(), createUser(), createUser()]);
    const group = await alice.api.post("/threads", { body: { userIds: [bob.id, carol.id], title: "Launch crew" } });
    expect(group.body).toMatchObject({ direct: false, title: "Launch crew", reused: false });
    expect(group.body.participants).toHaveLength(3);
  });

  it("refuses bad input, unverified accounts, and shows threads only to their participants", async () => {
    const [alice, eve] = await Promise.all([signedIn(), signedIn()]);
    const unverifiedPerson = await createUser({ verified: false });
    expect((await alice.api.post("/threads", { body: { userIds: [] } })).body.error.fields).toEqual({ userIds: "Choose at least one person" });
    const cannotReply = await alice.api.post("/threads", { body: { userIds: [unverifiedPerson.id] } });
    expect(cannotReply.status).toBe(400);
    expect(cannotReply.body.error.message).toMatch(/verify their email/);
    expect((await alice.api.post("/threads", { body: { userIds: ["nosuchuser"] } })).status).toBe(400);

    const unverified = await signedIn({ verified: false });
    expect((await unverified.api.post("/threads", { body: { userIds: [alice.user.id] } })).status).toBe(403);

    const bob = await createUser();
    const thread = (await alice.api.post("/threads", { body: { userIds: [bob.id] } })).body;
    expect((await eve.api.get(`/threads/${thread.id}`)).status).toBe(404);
    expect((await eve.api.get("/threads")).body.items).toEqual([]);
  });
});

describe("GET /users", () => {
  it("finds verified, active people by username prefix or name, never the caller", async () => {
    const tag = unique("pp");
    const me = await signedIn({ username: `${tag}me` });
    const found = await createUser({ username: `${tag}found`, fullName: "Findable Person" });
    await createUser({ username: `${tag}unverified`, verified: false });
    await createUser({ username: `${tag}suspended`, status: "SUSPENDED" });
    const response = await me.api.get(`/users?q=@${tag}`);
    expect(response.status).toBe(200);
    expect(response.body.items).toEqual([{ id: found.id, username: found.username, fullName: "Findable Person", image: null, lastSeenAt: null }]);
    expect((await me.api.get("/users")).body.error.fields).toEqual({ q: "Type part of a name or username" });
  });
});

describe("POST /me/heartbeat", () => {
  it("records that the app is open", async () => {
    const { user, api: session } = await signedIn();
    await db.user.update({ where: { id: user.id }, data: { lastSeenAt: new Date(Date.now() - 3600_000) } });
    expect((await session.post("/me/heartbeat")).status).toBe(204);
    const { lastSeenAt } = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(Date.now() - lastSeenAt!.getTime()).toBeLessThan(10_000);
  });
});
