import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { apiClient, type ApiSession } from "../../support/api";
import { addMember, createCategory, createChannel, createServer, createUser, unique } from "../../support/factories";

const api = apiClient();

async function signedIn(options: Parameters<typeof createUser>[0] = {}) {
  const user = await createUser(options);
  return { user, api: await api.signIn(user) };
}

async function pages(session: ApiSession, path: string) {
  const seen: { id: string }[][] = [];
  let cursor: string | null = null;
  do {
    const response = await session.get(`${path}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""}`);
    expect(response.status).toBe(200);
    seen.push(response.body.items);
    cursor = response.body.nextCursor;
  } while (cursor && seen.length < 10);
  return seen;
}

describe("categories", () => {
  it("are listed in display order", async () => {
    const { api: alice } = await signedIn();
    const [first, second] = [await createCategory(), await createCategory()];
    await db.category.update({ where: { id: first.id }, data: { position: 1001 } });
    await db.category.update({ where: { id: second.id }, data: { position: 1000 } });
    const { body, status } = await alice.get("/categories");
    expect(status).toBe(200);
    const ids = body.items.map((c: { id: string }) => c.id);
    expect(ids.indexOf(second.id)).toBeLessThan(ids.indexOf(first.id));
    expect(body.items.find((c: { id: string }) => c.id === first.id)).toEqual({ id: first.id, name: first.name, slug: first.slug });
  });
});

describe("GET /servers (search like Explore)", () => {
  it("finds public servers by word, page by page without repeats, never private or banning ones", async () => {
    const word = unique("zq");
    const owner = await createUser();
    const banned = await signedIn();
    const publicOnes = [];
    for (let i = 0; i < 5; i++) publicOnes.push(await createServer(owner, { name: `${word} public ${i}` }));
    await createServer(owner, { name: `${word} private`, visibility: "PRIVATE" });
    await addMember(publicOnes[0]!, banned.user, "MEMBER", true);

    const { api: viewer } = await signedIn();
    const seen = await pages(viewer, `/servers?q=${word}&limit=2&sort=newest`);
    expect(seen.map((page) => page.length)).toEqual([2, 2, 1]);
    expect(seen.flat().map((s) => s.id)).toEqual(publicOnes.map((s) => s.id).reverse());

    const first = (await viewer.get(`/servers?q=${word}&limit=1`)).body.items[0];
    expect(first).toMatchObject({ name: expect.stringContaining(word), joined: false, category: { name: expect.any(String) }, channels: [{ name: "general", slug: "general" }] });
    expect((await banned.api.get(`/servers?q=${word}&limit=10`)).body.items).toHaveLength(4);
  });

  it("filters by category and marks the servers you joined", async () => {
    const owner = await createUser();
    const { user, api: viewer } = await signedIn();
    const server = await createServer(owner);
    await addMember(server, user);
    const category = await db.category.findUniqueOrThrow({ where: { id: server.categoryId } });
    const { body } = await viewer.get(`/servers?category=${category.slug}`);
    expect(body.items.map((s: { id: string; joined: boolean }) => [s.id, s.joined])).toEqual([[server.id, true]]);
  });

  it("refuses bad parameters and cursors by name", async () => {
    const { api: viewer } = await signedIn();
    const bad = await viewer.get("/servers?sort=sideways&limit=1000");
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.body.error.fields).sort()).toEqual(["limit", "sort"]);
    const cursor = await viewer.get("/servers?cursor=garbage");
    expect(cursor.status).toBe(400);
    expect(cursor.body.error.fields.cursor).toBeTruthy();
  });
});

describe("POST /servers", () => {
  it("creates a server owned by the caller, with #general", async () => {
    const { user, api: alice } = await signedIn();
    const category = await createCategory();
    const response = await alice.post("/servers", { body: { name: "  API Makers ", categoryId: category.id, description: "Built by bots" } });
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({ name: "API Makers", description: "Built by bots", visibility: "PUBLIC", role: "OWNER", memberCount: 1, category: { slug: category.slug } });
    expect(response.body.channels).toEqual([expect.objectContaining({ name: "general", conversationId: expect.any(String), unread: false })]);
    expect(await db.server.findUniqueOrThrow({ where: { id: response.body.id } })).toMatchObject({ ownerId: user.id });
  });

  it("names each invalid field, and refuses unverified accounts", async () => {
    const { api: alice } = await signedIn();
    const invalid = await alice.post("/servers", { body: { name: "x", iconUrl: "http://insecure.example/icon.png" } });
    expect(invalid.status).toBe(400);
    expect(invalid.body.error.fields).toMatchObject({ name: "Use at least 2 characters", categoryId: "Choose a category", iconUrl: "Use an https:// address" });
    const unknownCategory = await alice.post("/servers", { body: { name: "Fine name", categoryId: "nosuchcategory" } });
    expect(unknownCategory.status).toBe(400);
    expect(unknownCategory.body.error.fields).toEqual({ categoryId: "Choose a category" });

    const { api: unverified } = await signedIn({ verified: false });
    const category = await createCategory();
    expect((await unverified.post("/servers", { body: { name: "Fine name", categoryId: category.id } })).status).toBe(403);
  });
});

describe("a server, its channels and members", () => {
  it("shows a public server to anyone, with their role (null for visitors)", async () => {
    const owner = await createUser();
    const server = await createServer(owner);
    await createChannel(server, unique("second"), 5);
    const { api: visitor } = await signedIn();
    const response = await visitor.get(`/servers/${server.id}`);
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ id: server.id, slug: server.slug, role: null, visibility: "PUBLIC" });
    expect((await visitor.get(`/servers/${server.id}/channels`)).body.items.map((c: { name: string }) => c.name)).toEqual(["general", expect.any(String)]);
    expect((await visitor.get(`/servers/${server.id}/members`)).body.items).toEqual([
      { id: owner.id, username: owner.username, fullName: owner.fullName, image: null, role: "OWNER", joinedAt: expect.any(String), lastSeenAt: null, online: false, looksLikeStaff: false, timedOutUntil: null },
    ]);
  });

  it("answers 404 for a private server to outsiders and banned users, and for malformed ids", async () => {
    const owner = await createUser();
    const member = await signedIn();
    const server = await createServer(owner, { visibility: "PRIVATE", members: [[member.user, "MEMBER"]] });
    const { api: outsider } = await signedIn();
    for (const path of [`/servers/${server.id}`, `/servers/${server.id}/channels`, `/servers/${server.id}/members`]) {
      expect((await outsider.get(path)).status, path).toBe(404);
      expect((await member.api.get(path)).status, path).toBe(200);
    }
    expect((await outsider.get("/servers/not..an..id")).status).toBe(404);

    const publicServer = await createServer(owner);
    const banned = await signedIn();
    await addMember(publicServer, banned.user, "MEMBER", true);
    expect((await banned.api.get(`/servers/${publicServer.id}`)).status).toBe(404);
  });
});

describe("joining and leaving", () => {
  it("joins a public server (twice is harmless), lists it among mine, and leaves it", async () => {
    const owner = await createUser();
    const server = await createServer(owner);
    const { api: bob } = await signedIn();
    for (let i = 0; i < 2; i++) {
      const joined = await bob.post(`/servers/${server.id}/join`);
      expect(joined.status).toBe(200);
      expect(joined.body).toMatchObject({ id: server.id, role: "MEMBER", memberCount: 2 });
    }
    expect((await bob.get("/me/servers")).body.items).toEqual([{ id: server.id, slug: server.slug, name: server.name, icon: null, role: "MEMBER", unread: false }]);

    expect((await bob.post(`/servers/${server.id}/leave`)).status).toBe(204);
    expect((await bob.get(`/servers/${server.id}`)).body.role).toBeNull();
    expect((await bob.get("/me/servers")).body.items).toEqual([]);
    expect((await bob.post(`/servers/${server.id}/leave`)).status).toBe(403);
  });

  it("keeps private servers invite-only, refuses unverified accounts, and never lets the owner leave", async () => {
    const owner = await signedIn();
    const privateServer = await createServer(owner.user, { visibility: "PRIVATE" });
    const { api: outsider } = await signedIn();
    expect((await outsider.post(`/servers/${privateServer.id}/join`)).status).toBe(404);

    const publicServer = await createServer(owner.user);
    const { api: unverified } = await signedIn({ verified: false });
    expect((await unverified.post(`/servers/${publicServer.id}/join`)).status).toBe(403);

    const leaving = await owner.api.post(`/servers/${publicServer.id}/leave`);
    expect(leaving.status).toBe(409);
    expect(leaving.body.error.message).toMatch(/hand it over/);
  });
});
