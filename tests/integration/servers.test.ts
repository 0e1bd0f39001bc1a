import { describe, expect, it } from "vitest";
import { createServerAction } from "@/lib/actions/servers/create";
import { updateServerAction } from "@/lib/actions/servers/update";
import { deleteServerAction } from "@/lib/actions/servers/delete";
import { transferOwnershipAction } from "@/lib/actions/servers/transfer-ownership";
import { leaveServerAction } from "@/lib/actions/members/leave";
import { db } from "@/lib/db";
import { actor, addMember, createCategory, createChannel, createServer as createFixtureServer, unique } from "../support/factories";

const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);

async function create(as: Awaited<ReturnType<typeof actor>>, input: Record<string, unknown> = {}) {
  const category = await createCategory();
  const result = await as.run(() => createServerAction({ name: unique("Server "), categoryId: category.id, ...input } as never));
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.data;
}

describe("creating a server", () => {
  it("makes the creator its owner, gives it #general and a slug from its name", async () => {
    const alice = await actor();
    const category = await createCategory();
    const name = `My Server ${unique("")}`;
    const result = await alice.run(() => createServerAction({ name, description: "  Hello  ", categoryId: category.id, visibility: "PRIVATE" }));
    expect(result.ok).toBe(true);
    const server = await db.server.findUniqueOrThrow({ where: { id: result.ok ? result.data.id : "" }, include: { members: true, channels: true } });
    expect(server.slug).toBe(name.toLowerCase().replaceAll(" ", "-"));
    expect(server).toMatchObject({ description: "Hello", visibility: "PRIVATE", ownerId: alice.user.id, memberCount: 1 });
    expect(server.members).toMatchObject([{ userId: alice.user.id, role: "OWNER", banned: false }]);
    expect(server.channels.map((c) => c.slug)).toEqual(["general"]);
  });

  it("numbers colliding slugs, even when created at the same moment", async () => {
    const alice = await actor();
    const name = `Clash ${unique("")}`;
    const base = name.toLowerCase().replaceAll(" ", "-");
    const first = await create(alice, { name });
    expect(first.slug).toBe(base);
    const rest = await Promise.all([1, 2, 3, 4].map(() => create(alice, { name: name.toUpperCase() })));
    expect(rest.map((s) => s.slug).sort()).toEqual([`${base}-2`, `${base}-3`, `${base}-4`, `${base}-5`]);
  });

  it("gives non-Latin names a valid slug and avoids reserved words", async () => {
    const alice = await actor();
    expect((await create(alice, { name: "Москва" })).slug).toMatch(/^moskva(-\d+)?$/);
    expect((await create(alice, { name: "東京" })).slug).toMatch(/^dong-jing(-\d+)?$/);
    expect((await create(alice, { name: "🎮🎮" })).slug).toMatch(/^server(-\d+)?$/);
    for (const word of ["New", "Settings", "Admin", "Explore", "API"]) {
      const { slug } = await create(alice, { name: word });
      expect(slug).not.toBe(word.toLowerCase());
      expect(slug).toMatch(new RegExp(`^${word.toLowerCase()}-\\d+$`));
    }
  });

  it("refuses bad input with field errors", async () => {
    const alice = await actor();
    const category = await createCategory();
    const result = await alice.run(() =>
      createServerAction({ name: " x ", description: "d".repeat(301), categoryId: "", iconUrl: "http://insecure.example/icon.png" }),
    );
    expect(result).toMatchObject({
      ok: false,
      error: { code: "validation", fields: { name: expect.any(String), description: expect.any(String), categoryId: expect.any(String), iconUrl: "Use an https:// address" } },
    });
    const unknownCategory = await alice.run(() => createServerAction({ name: "Fine name", categoryId: "nosuchcategory" }));
    expect(unknownCategory).toMatchObject({ ok: false, error: { fields: { categoryId: "Choose a category" } } });
    const tooLong = await alice.run(() => createServerAction({ name: "n".repeat(51), categoryId: category.id }));
    expect(tooLong).toMatchObject({ ok: false, error: { fields: { name: "Use at most 50 characters" } } });
  });

  it("takes an uploaded icon (checked by content) or an https URL", async () => {
    const alice = await actor();
    const category = await createCategory();
    const form = new FormData();
    form.set("name", "With icon");
    form.set("categoryId", category.id);
    form.set("icon", new File([png], "icon.png", { type: "image/png" }));
    const uploaded = await alice.run(() => createServerAction(form));
    expect(uploaded.ok && (await db.server.findUniqueOrThrow({ where: { id: uploaded.data.id } })).icon).toMatch(/^\/api\/uploads\/\w+$/);

    const fake = new FormData();
    fake.set("name", "Fake icon");
    fake.set("categoryId", category.id);
    fake.set("icon", new File(["<svg/>"], "icon.png", { type: "image/png" }));
    expect(await alice.run(() => createServerAction(fake))).toMatchObject({ ok: false, error: { fields: { icon: "Use a PNG, JPEG, GIF or WebP image." } } });

    const linked = await create(alice, { iconUrl: "https://cdn.example.com/icon.png" });
    expect((await db.server.findUniqueOrThrow({ where: { id: linked.id } })).icon).toBe("https://cdn.example.com/icon.png");
  });

  it("needs a verified email address", async () => {
    const unverified = await actor({ verified: false });
    const category = await createCategory();
    expect(await unverified.run(() => createServerAction({ name: "Nope", categoryId: category.id }))).toMatchObject({ ok: false, error: { code: "forbidden" } });
  });
});

describe("editing, deleting, handing over and leaving", () => {
  it("edits the profile but keeps the slug; can drop the icon", async () => {
    const alice = await actor();
    const server = await create(alice, { iconUrl: "https://cdn.example.com/a.png" });
    const category = await createCategory();
    const result = await alice.run(() =>
      updateServerAction({ serverId: server.id, name: "Renamed", description: "New words", categoryId: category.id, visibility: "PRIVATE", removeIcon: "on" }),
    );
    expect(result.ok).toBe(true);
    expect(await db.server.findUniqueOrThrow({ where: { id: server.id } })).toMatchObject({
      name: "Renamed",
      slug: server.slug,
      description: "New words",
      categoryId: category.id,
      visibility: "PRIVATE",
      icon: null,
      searchText: expect.stringContaining("renamed new words"),
    });
  });

  it("deletes the server with its channels' messages", async () => {
    const alice = await actor();
    const server = await create(alice);
    const channel = await db.channel.findFirstOrThrow({ where: { serverId: server.id } });
    await db.message.create({ data: { conversationId: channel.conversationId, seq: 1, authorId: alice.user.id, clientId: unique(), body: "hi" } });
    expect(await alice.run(() => deleteServerAction({ serverId: server.id }))).toMatchObject({ ok: true });
    expect(await db.server.findUnique({ where: { id: server.id } })).toBeNull();
    expect(await db.conversation.findUnique({ where: { id: channel.conversationId } })).toBeNull();
    expect(await db.message.count({ where: { conversationId: channel.conversationId } })).toBe(0);
  });

  it("lets the owner leave only after handing the server over", async () => {
    const alice = await actor();
    const bob = await actor();
    const server = await create(alice);
    await addMember(server, bob.user);
    expect(await alice.run(() => leaveServerAction({ serverId: server.id }))).toMatchObject({ ok: false, error: { code: "conflict" } });

    expect(await alice.run(() => transferOwnershipAction({ serverId: server.id, userId: alice.user.id }))).toMatchObject({ ok: false, error: { code: "validation" } });
    expect(await alice.run(() => transferOwnershipAction({ serverId: server.id, userId: bob.user.id }))).toMatchObject({ ok: true });
    expect(await db.server.findUniqueOrThrow({ where: { id: server.id } })).toMatchObject({ ownerId: bob.user.id, memberCount: 2 });
    const roles = await db.serverMember.findMany({ where: { serverId: server.id }, orderBy: { role: "asc" } });
    expect(roles.map((m) => [m.userId, m.role])).toEqual([[bob.user.id, "OWNER"], [alice.user.id, "MODERATOR"]]);

    expect(await alice.run(() => leaveServerAction({ serverId: server.id }))).toMatchObject({ ok: true });
    expect(await db.server.findUniqueOrThrow({ where: { id: server.id } })).toMatchObject({ memberCount: 1 });
  });

  it("hands over to members in good standing only, and only once when asked twice at once", async () => {
    const alice = await actor();
    const [bob, carol, outsider, banned] = await Promise.all([actor(), actor(), actor(), actor()]);
    const server = await create(alice);
    await addMember(server, bob.user);
    await addMember(server, carol.user);
    await addMember(server, banned.user, "MEMBER", true);
    for (const target of [outsider, banned]) {
      expect(await alice.run(() => transferOwnershipAction({ serverId: server.id, userId: target.user.id }))).toMatchObject({ ok: false, error: { fields: { userId: "Choose a member of this server." } } });
    }
    const results = await Promise.all([bob, carol].map((t) => alice.run(() => transferOwnershipAction({ serverId: server.id, userId: t.user.id }))));
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(await db.serverMember.count({ where: { serverId: server.id, role: "OWNER" } })).toBe(1);
  });
});

describe("many servers changing at once", () => {
  // Every public server's words are counted in one shared table (RoomWord, for Explore's typo
  // fallback): creates and deletes of servers sharing words once deadlocked there.
  it("creates and deletes servers that share words, all at the same time, without a conflict", async () => {
    const category = await createCategory();
    const owners = await Promise.all(Array.from({ length: 40 }, () => actor()));
    const words = ["alpha", "beta", "gamma", "delta", "omega", "zeta"];
    const servers = await Promise.all(
      owners.map(async (owner, i) => {
        const server = await createFixtureServer(owner.user, { name: `${words[i % 6]} ${words[(i + 3) % 6]} ${words[(i + 1) % 6]} x${i}`, category });
        await createChannel(server, `${words[(i + 2) % 6]} ${words[(i + 4) % 6]}`, 1);
        return server;
      }),
    );
    const results = await Promise.all([
      ...servers.map((server, i) => owners[i]!.run(() => deleteServerAction({ serverId: server.id }))),
      ...owners.map((owner, i) => owner.run(() => createServerAction({ name: `${words[(i + 5) % 6]} ${words[i % 6]} y${i}`, categoryId: category.id }))),
    ]);
    expect(results.filter((result) => !result.ok)).toEqual([]);
  }, 120_000);
});
