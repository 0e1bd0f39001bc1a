import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { exploreServers, type ExploreServer } from "@/lib/servers/explore";
import { exploreQuerySchema, type ExploreSort } from "@/lib/zod/explore";
import { addMember, createCategory, createChannel, createServer, createUser } from "../support/factories";

// Each test works in a category of its own, so servers made by other tests never interfere.

const query = (input: Record<string, string | undefined>) => exploreQuerySchema.parse(input);

async function search(viewerId: string | null, input: Record<string, string | undefined>, pageSize?: number) {
  return exploreServers(viewerId, query(input), pageSize);
}
const names = (servers: ExploreServer[]) => servers.map((s) => s.name);

async function serverIn(category: { id: string }, owner: { id: string }, name: string, extra: { description?: string; visibility?: "PUBLIC" | "PRIVATE" } = {}) {
  const server = await createServer(owner, { name, visibility: extra.visibility });
  await db.server.update({ where: { id: server.id }, data: { categoryId: category.id, description: extra.description ?? "" } });
  return server;
}

describe("explore search and filters", () => {
  it("matches names, descriptions and channel names, case-insensitively, all words required", async () => {
    const owner = await createUser();
    const category = await createCategory();
    const c = { category: category.slug };
    const rust = await serverIn(category, owner, "Rustaceans Unite", { description: "Borrow checker therapy" });
    await serverIn(category, owner, "Gophers", { description: "Go concurrency and channels" });
    await createChannel(rust, "speedrunning");

    expect(names((await search(owner.id, { ...c, q: "RUSTACEANS" })).servers)).toEqual(["Rustaceans Unite"]);
    expect(names((await search(owner.id, { ...c, q: "checker" })).servers)).toEqual(["Rustaceans Unite"]);
    expect(names((await search(owner.id, { ...c, q: "speedrun" })).servers)).toEqual(["Rustaceans Unite"]);
    expect(names((await search(owner.id, { ...c, q: "concurr gophers" })).servers)).toEqual(["Gophers"]);
    expect(names((await search(owner.id, { ...c, q: "gophers borrow" })).servers)).toEqual([]);
    expect(names((await search(owner.id, { ...c, q: "" })).servers).sort()).toEqual(["Gophers", "Rustaceans Unite"]);
  });

  it("matches prefixes and parts of words", async () => {
    const owner = await createUser();
    const category = await createCategory();
    await serverIn(category, owner, "Speedrunning Guild");
    await serverIn(category, owner, "Knitting Circle");
    expect(names((await search(owner.id, { category: category.slug, q: "speedr" })).servers)).toEqual(["Speedrunning Guild"]);
    expect(names((await search(owner.id, { category: category.slug, q: "nitt" })).servers)).toEqual(["Knitting Circle"]);
    expect(names((await search(owner.id, { category: category.slug, q: "zzzzqqqq" })).servers)).toEqual([]);
  });

  it("treats LIKE wildcards literally", async () => {
    const owner = await createUser();
    const category = await createCategory();
    await serverIn(category, owner, "100% Coverage");
    await serverIn(category, owner, "Plain Name");
    expect(names((await search(owner.id, { category: category.slug, q: "%" })).servers)).toEqual(["100% Coverage"]);
    expect(names((await search(owner.id, { category: category.slug, q: "_" })).servers)).toEqual([]);
  });

  it("never shows private servers, nor servers that banned the viewer", async () => {
    const owner = await createUser();
    const viewer = await createUser();
    const category = await createCategory();
    await serverIn(category, owner, "Open Club");
    const secret = await serverIn(category, owner, "Secret Club", { visibility: "PRIVATE" });
    await addMember(secret, viewer); // even for members: explore is for public rooms
    const banning = await serverIn(category, owner, "Banning Club");
    await addMember(banning, viewer, "MEMBER", true);
    expect(names((await search(viewer.id, { category: category.slug, q: "club" })).servers)).toEqual(["Open Club"]);
    expect(names((await search(owner.id, { category: category.slug, q: "club" })).servers).sort()).toEqual(["Banning Club", "Open Club"]);
  });

  it("shows a signed-out visitor every public server, none of them joined", async () => {
    const owner = await createUser();
    const category = await createCategory();
    await serverIn(category, owner, "Open Club");
    await serverIn(category, owner, "Secret Club", { visibility: "PRIVATE" });
    const { servers } = await search(null, { category: category.slug, q: "club" });
    expect(servers.map((s) => [s.name, s.joined])).toEqual([["Open Club", false]]);
    expect((await search(owner.id, { category: category.slug, q: "club" })).servers.map((s) => s.joined)).toEqual([true]);
  });

  it("filters by category and tells the viewer which servers they are in", async () => {
    const owner = await createUser();
    const viewer = await createUser();
    const [music, games] = await Promise.all([createCategory(), createCategory()]);
    const jazz = await serverIn(music, owner, "Jazz Corner");
    await serverIn(games, owner, "Chess Corner");
    await addMember(jazz, viewer);
    const result = await search(viewer.id, { category: music.slug });
    expect(result.servers).toMatchObject([{ name: "Jazz Corner", joined: true, categoryName: music.name, channels: [{ slug: "general" }] }]);
    expect(names((await search(viewer.id, { category: games.slug })).servers)).toEqual(["Chess Corner"]);
    expect((await search(viewer.id, { category: "no-such-category" })).servers).toEqual([]);
  });

  it("sorts by members, activity and age, newest ties broken by id", async () => {
    const owner = await createUser();
    const category = await createCategory();
    const small = await serverIn(category, owner, "Small");
    const big = await serverIn(category, owner, "Big");
    const mid = await serverIn(category, owner, "Mid");
    for (const user of await Promise.all([createUser(), createUser(), createUser()])) await addMember(big, user);
    await addMember(mid, await createUser());
    const now = Date.now();
    await db.server.update({ where: { id: small.id }, data: { lastActivityAt: new Date(now), createdAt: new Date(now - 3000) } });
    await db.server.update({ where: { id: big.id }, data: { lastActivityAt: new Date(now - 2000), createdAt: new Date(now - 1000) } });
    await db.server.update({ where: { id: mid.id }, data: { lastActivityAt: new Date(now - 1000), createdAt: new Date(now - 2000) } });
    const sorted = async (sort: string) => names((await search(owner.id, { category: category.slug, sort })).servers);
    expect(await sorted("members")).toEqual(["Big", "Mid", "Small"]);
    expect(await sorted("activity")).toEqual(["Small", "Mid", "Big"]);
    expect(await sorted("newest")).toEqual(["Big", "Mid", "Small"]);
    expect(await sorted("bogus")).toEqual(["Big", "Mid", "Small"]); // falls back to members
  });
});

describe("explore pagination", () => {
  async function pages(viewerId: string, input: Record<string, string>, pageSize: number, between?: () => Promise<void>) {
    const seen: string[] = [];
    let cursor: string | undefined;
    for (let i = 0; i < 20; i++) {
      const page = await search(viewerId, { ...input, cursor }, pageSize);
      seen.push(...page.servers.map((s) => s.id));
      if (!page.nextCursor) return seen;
      cursor = page.nextCursor;
      if (i === 0) await between?.();
    }
    throw new Error("too many pages");
  }

  it.each(["members", "activity", "newest"] as ExploreSort[])("by %s: no server skipped or repeated when servers are added meanwhile", async (sort) => {
    const owner = await createUser();
    const category = await createCategory();
    const originals = [];
    for (let i = 0; i < 11; i++) {
      const server = await serverIn(category, owner, `Page test ${i}`);
      // Ties on purpose (pairs share a value): the id must break them.
      await db.server.update({
        where: { id: server.id },
        data: { lastActivityAt: new Date(Date.UTC(2026, 0, 1, 0, Math.floor(i / 2))), createdAt: new Date(Date.UTC(2025, 0, 1, 0, Math.floor(i / 2))) },
      });
      if (i % 4 === 0) await addMember(server, await createUser());
      originals.push(server.id);
    }
    const before = await pages(owner.id, { category: category.slug, sort }, 4);
    expect(before.sort()).toEqual([...originals].sort());

    const seen = await pages(owner.id, { category: category.slug, sort }, 4, async () => {
      // New servers sorting before, among and after the ones already shown.
      for (const [i, minutes] of [[0, 59], [1, 2], [2, -5]] as const) {
        const server = await serverIn(category, owner, `Inserted ${i}`);
        await db.server.update({
          where: { id: server.id },
          data: { lastActivityAt: new Date(Date.UTC(2026, 0, 1, 0, minutes)), createdAt: new Date(Date.UTC(2025, 0, 1, 0, minutes)) },
        });
        if (i === 0) for (const user of await Promise.all([createUser(), createUser()])) await addMember(server, user);
      }
    });
    expect(new Set(seen).size).toBe(seen.length); // nothing twice
    for (const id of originals) expect(seen).toContain(id); // nothing skipped
  });

  it("ignores a malformed or foreign cursor and starts again", async () => {
    const owner = await createUser();
    const category = await createCategory();
    for (let i = 0; i < 3; i++) await serverIn(category, owner, `Cursor ${i}`);
    const first = await search(owner.id, { category: category.slug }, 2);
    expect(first.nextCursor).toBeTruthy();
    for (const cursor of ["garbage", Buffer.from('{"s":"members","v":"x","id":"a"}').toString("base64url")]) {
      expect((await search(owner.id, { category: category.slug, cursor }, 2)).servers.map((s) => s.id)).toEqual(first.servers.map((s) => s.id));
    }
    const wrongSort = await search(owner.id, { category: category.slug, sort: "newest", cursor: first.nextCursor! }, 2);
    expect(wrongSort.servers).toHaveLength(2);
  });
});
