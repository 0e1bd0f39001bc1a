import { describe, expect, it } from "vitest";
import { createChannelAction } from "@/lib/actions/channels/create";
import { deleteChannelAction } from "@/lib/actions/channels/delete";
import { reorderChannelsAction } from "@/lib/actions/channels/reorder";
import { updateChannelAction } from "@/lib/actions/channels/update";
import { db } from "@/lib/db";
import { actor, createServer } from "../support/factories";

async function setup() {
  const owner = await actor();
  const server = await createServer(owner.user);
  const add = async (name: string, topic?: string) => {
    const result = await owner.run(() => createChannelAction({ serverId: server.id, name, topic }));
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    return result.data;
  };
  const order = async () => (await db.channel.findMany({ where: { serverId: server.id }, orderBy: { position: "asc" } })).map((c) => c.slug);
  return { owner, server, add, order };
}

describe("channels", () => {
  it("get slugs unique within their server, from any name, avoiding page names", async () => {
    const { server, add, order } = await setup();
    expect((await add("General")).slug).toBe("general-2");
    expect((await add("#Show & Tell")).slug).toBe("show-tell");
    expect((await add("settings")).slug).toBe("settings-2");
    expect((await add("Музыка")).slug).toBe("muzyka");
    expect((await add("🔥")).slug).toBe("channel");
    expect(await order()).toEqual(["general", "general-2", "show-tell", "settings-2", "muzyka", "channel"]);
    const other = await createServer((await actor()).user);
    expect(other.channels[0]!.slug).toBe("general"); // another server's "general" is no clash
    expect(await db.channel.findFirstOrThrow({ where: { serverId: server.id, slug: "show-tell" } })).toMatchObject({ name: "Show & Tell" });
  });

  it("are renamed (the slug follows) and get a topic; names and topics are bounded", async () => {
    const { owner, add } = await setup();
    const channel = await add("help");
    expect(await owner.run(() => updateChannelAction({ channelId: channel.id, name: "Help desk", topic: "Ask anything" }))).toMatchObject({
      ok: true,
      data: { slug: "help-desk", topic: "Ask anything" },
    });
    expect(await owner.run(() => updateChannelAction({ channelId: channel.id, name: "Help desk", topic: "" }))).toMatchObject({ ok: true, data: { slug: "help-desk" } });
    const bad = await owner.run(() => updateChannelAction({ channelId: channel.id, name: " # ", topic: "t".repeat(201) }));
    expect(bad).toMatchObject({ ok: false, error: { code: "validation", fields: { name: "Name the channel", topic: "Use at most 200 characters" } } });
    expect(await owner.run(() => createChannelAction({ serverId: channel.id, name: "x" }))).toMatchObject({ ok: false, error: { code: "not_found" } });
  });

  it("feed room search: server search text follows channel names", async () => {
    const { server, add } = await setup();
    const channel = await add("Speedrunning");
    expect((await db.server.findUniqueOrThrow({ where: { id: server.id } })).searchText).toContain("speedrunning");
    await db.channel.delete({ where: { id: channel.id } });
    expect((await db.server.findUniqueOrThrow({ where: { id: server.id } })).searchText).not.toContain("speedrunning");
  });

  it("are reordered by naming each channel once", async () => {
    const { owner, server, add, order } = await setup();
    const a = await add("a");
    const b = await add("b");
    const general = server.channels[0]!;
    expect(await owner.run(() => reorderChannelsAction({ serverId: server.id, channelIds: [b.id, general.id, a.id] }))).toMatchObject({ ok: true });
    expect(await order()).toEqual(["b", "general", "a"]);
    for (const channelIds of [[b.id, general.id], [b.id, b.id, a.id], [b.id, general.id, a.id, "someotherid"]]) {
      expect(await owner.run(() => reorderChannelsAction({ serverId: server.id, channelIds }))).toMatchObject({ ok: false, error: { code: "conflict" } });
    }
    expect(await order()).toEqual(["b", "general", "a"]);
  });

  it("can't all be deleted: the last channel stays, even when two deletes race", async () => {
    const { owner, server, add } = await setup();
    const second = await add("second");
    const results = await Promise.all([server.channels[0]!.id, second.id].map((channelId) => owner.run(() => deleteChannelAction({ channelId }))));
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)).toMatchObject({ ok: false, error: { code: "conflict" } });
    expect(await db.channel.count({ where: { serverId: server.id } })).toBe(1);
  });

  it("take their messages with them when deleted", async () => {
    const { owner, add } = await setup();
    const channel = await add("doomed");
    await db.message.create({ data: { conversationId: channel.conversationId, seq: 1, authorId: owner.user.id, clientId: "c1", body: "bye" } });
    expect(await owner.run(() => deleteChannelAction({ channelId: channel.id }))).toMatchObject({ ok: true });
    expect(await db.conversation.findUnique({ where: { id: channel.conversationId } })).toBeNull();
    expect(await db.message.count({ where: { conversationId: channel.conversationId } })).toBe(0);
  });
});
