import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { exploreServers } from "@/lib/servers/explore";
import { exploreQuerySchema } from "@/lib/zod/explore";
import { createCategory, createChannel, createServer, createUser } from "../support/factories";

// /explore's typo fallback: RoomWord (words of public servers, kept by a trigger) and the corrected
// query. Made-up words keep other tests' servers out of the way.

async function serverIn(name: string, options: { description?: string; visibility?: "PUBLIC" | "PRIVATE"; category?: { id: string } } = {}) {
  const owner = await createUser();
  const server = await createServer(owner, { name, visibility: options.visibility });
  await db.server.update({ where: { id: server.id }, data: { description: options.description ?? "", ...(options.category ? { categoryId: options.category.id } : {}) } });
  return server;
}

const explore = async (q: string, extra: Record<string, string> = {}) => {
  const viewer = await createUser();
  return exploreServers(viewer.id, exploreQuerySchema.parse({ q, ...extra }));
};
const word = (w: string) => db.roomWord.findUnique({ where: { word: w } });

describe("explore: typo tolerance", () => {
  it("finds a server by a mistyped word of its name, description or channel, and says what it searched", async () => {
    const server = await serverIn("Quixotelia Builders", { description: "We build zanzibarian marmalades" });
    await createChannel(server, "vexillologia");
    for (const [typed, corrected] of [
      ["quixotlia", "quixotelia"],
      ["zanzibarain", "zanzibarian"],
      ["vexilologia", "vexillologia"],
      ["quixotlia buidlers", "quixotelia buidlers"],
    ] as const) {
      const page = await explore(typed);
      if (typed.includes("buidlers")) {
        // "buidlers" is also corrected, to whichever "builders"-like word is closest.
        expect(page.correctedQ?.split(" ")[0]).toBe("quixotelia");
      } else {
        expect(page.correctedQ, typed).toBe(corrected);
      }
      expect(page.servers.map((s) => s.id), typed).toContain(server.id);
    }
  });

  it("leaves a query alone when it finds enough, or when a word is part of a known one", async () => {
    const category = await createCategory();
    for (let i = 0; i < 3; i++) await serverIn(`Plinthorama ${i}`, { category });
    const page = await explore("plinthorama", { category: category.slug });
    expect(page.servers).toHaveLength(3);
    expect(page.correctedQ).toBeUndefined();
    expect((await explore("plinthor")).correctedQ).toBeUndefined(); // a prefix: found as it is
  });

  it("keeps the words current through renames, channel changes, visibility and deletion; private servers never count", async () => {
    const server = await serverIn("Glimmerwort Society");
    expect(await word("glimmerwort")).toMatchObject({ servers: 1 });
    await db.server.update({ where: { id: server.id }, data: { name: "Shimmerwort Society" } });
    expect(await word("glimmerwort")).toBeNull();
    expect(await word("shimmerwort")).toMatchObject({ servers: 1 });
    const channel = await createChannel(server, "fernbrakeology");
    expect(await word("fernbrakeology")).toMatchObject({ servers: 1 });
    await db.channel.delete({ where: { id: channel.id } });
    expect(await word("fernbrakeology")).toBeNull();

    await db.server.update({ where: { id: server.id }, data: { visibility: "PRIVATE" } });
    expect(await word("shimmerwort")).toBeNull();
    expect((await explore("shimerwort")).correctedQ).toBeUndefined();
    await db.server.update({ where: { id: server.id }, data: { visibility: "PUBLIC" } });
    expect(await word("shimmerwort")).toMatchObject({ servers: 1 });
    await db.server.delete({ where: { id: server.id } });
    expect(await word("shimmerwort")).toBeNull();

    await serverIn("Snorkelquill Hideout", { visibility: "PRIVATE" });
    expect(await word("snorkelquill")).toBeNull();
    expect((await explore("snorkelquil")).servers).toEqual([]);
  });
});
