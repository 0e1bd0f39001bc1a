import { describe, expect, it } from "vitest";
import { deleteChannelAction } from "@/lib/actions/admin/delete-channel";
import { deleteServerAction } from "@/lib/actions/admin/delete-server";
import { transferServerAction } from "@/lib/actions/admin/transfer-server";
import { updateChannelAction } from "@/lib/actions/admin/update-channel";
import { updateServerAction } from "@/lib/actions/admin/update-server";
import { updateChannel } from "@/lib/channels/update-channel";
import { db } from "@/lib/db";
import { updateServer } from "@/lib/servers/update-server";
import { actor, createCategory, createServer, createUser, unique } from "../../support/factories";
import { expectAudited } from "./audit-helpers";

async function serverInput(server: Awaited<ReturnType<typeof createServer>>) {
  return {
    serverId: server.id,
    name: server.name,
    slug: server.slug,
    description: server.description,
    icon: server.icon ?? "",
    visibility: server.visibility,
    categoryId: server.categoryId,
  };
}

describe("admin: editing servers", () => {
  it("edits every field, the slug included, recording only what changed", async () => {
    const admin = await actor({ role: "ADMIN" });
    const server = await createServer(await createUser());
    const category = await createCategory();
    const slug = unique("new-slug");
    const input = { ...(await serverInput(server)), name: "Renamed by admin", slug, description: "New words", icon: "https://example.com/i.png", visibility: "PRIVATE" as const, categoryId: category.id };
    expect(await admin.run(() => updateServerAction(input))).toMatchObject({ ok: true, data: { id: server.id, slug } });
    expect(await db.server.findUniqueOrThrow({ where: { id: server.id } })).toMatchObject({
      name: "Renamed by admin",
      slug,
      description: "New words",
      icon: "https://example.com/i.png",
      visibility: "PRIVATE",
      categoryId: category.id,
    });
    const entry = await expectAudited(admin.user.id, "server.update", server.id);
    expect(entry.summary).toMatchObject({
      label: "Renamed by admin",
      before: { name: server.name, slug: server.slug, visibility: "PUBLIC", icon: null },
      after: { name: "Renamed by admin", slug, visibility: "PRIVATE" },
    });
  });

  it("refuses a slug another server has, a malformed slug, an unknown category, and no change", async () => {
    const admin = await actor({ role: "ADMIN" });
    const owner = await createUser();
    const [server, other] = [await createServer(owner), await createServer(owner)];
    const input = await serverInput(server);
    expect(await admin.run(() => updateServerAction({ ...input, slug: other.slug }))).toMatchObject({
      ok: false,
      error: { code: "validation", fields: { slug: "Another server uses this slug" } },
    });
    expect(await admin.run(() => updateServerAction({ ...input, slug: "Bad Slug" }))).toMatchObject({ ok: false, error: { fields: { slug: expect.any(String) } } });
    expect(await admin.run(() => updateServerAction({ ...input, icon: "javascript:alert(1)" }))).toMatchObject({ ok: false, error: { fields: { icon: "Use an https:// address" } } });
    expect(await admin.run(() => updateServerAction({ ...input, categoryId: "nosuchcategory" }))).toMatchObject({ ok: false, error: { fields: { categoryId: "Choose a category" } } });
    expect(await admin.run(() => updateServerAction(input))).toMatchObject({ ok: false, error: { code: "conflict", message: "Nothing changed." } });
    expect(await db.auditLog.count({ where: { targetId: server.id } })).toBe(0);
  });
});

describe("admin: editing channels", () => {
  it("renames, re-slugs and sets the topic; slugs are unique within the server only", async () => {
    const admin = await actor({ role: "ADMIN" });
    const owner = await createUser();
    const server = await createServer(owner);
    const elsewhere = await createServer(owner);
    const general = server.channels[0]!;
    const second = await db.channel.create({ data: { server: { connect: { id: server.id } }, name: "random", slug: "random", conversation: { create: {} } } });

    expect(await admin.run(() => updateChannelAction({ channelId: second.id, name: "Random", slug: "general", topic: "" }))).toMatchObject({
      ok: false,
      error: { fields: { slug: "Another channel of this server uses this slug" } },
    });
    // "general" exists in the other server too: that's no clash.
    expect(elsewhere.channels[0]!.slug).toBe("general");
    expect(await admin.run(() => updateChannelAction({ channelId: general.id, name: "Lobby", slug: "lobby", topic: "Say hi" }))).toEqual({ ok: true, data: undefined });
    expect(await db.channel.findUniqueOrThrow({ where: { id: general.id } })).toMatchObject({ name: "Lobby", slug: "lobby", topic: "Say hi" });
    const entry = await expectAudited(admin.user.id, "channel.update", general.id);
    expect(entry.summary).toMatchObject({ before: { name: "general", slug: "general" }, after: { name: "Lobby", slug: "lobby", topic: "Say hi" } });
  });
});

describe("admin: ownership, deletion", () => {
  it("transfers a server to one of its members; the previous owner stays as a moderator", async () => {
    const admin = await actor({ role: "ADMIN" });
    const [owner, member, outsider] = [await createUser(), await createUser(), await createUser()];
    const server = await createServer(owner, { members: [[member, "MEMBER"]] });
    expect(await admin.run(() => transferServerAction({ serverId: server.id, userId: outsider.id }))).toMatchObject({
      ok: false,
      error: { fields: { userId: "Choose a member of this server." } },
    });
    expect(await admin.run(() => transferServerAction({ serverId: server.id, userId: owner.id }))).toMatchObject({ ok: false, error: { fields: { userId: "They already own this server." } } });
    expect(await admin.run(() => transferServerAction({ serverId: server.id, userId: member.id }))).toEqual({ ok: true, data: undefined });
    expect((await db.server.findUniqueOrThrow({ where: { id: server.id } })).ownerId).toBe(member.id);
    const roles = await db.serverMember.findMany({ where: { serverId: server.id }, select: { userId: true, role: true } });
    expect(roles).toEqual(expect.arrayContaining([{ userId: member.id, role: "OWNER" }, { userId: owner.id, role: "MODERATOR" }]));
    const entry = await expectAudited(admin.user.id, "server.transfer", server.id);
    expect(entry.summary).toMatchObject({ before: { owner: `@${owner.username}` }, after: { owner: `@${member.username}` } });
  });

  it("deletes a channel (never the last one) and a whole server, with their messages", async () => {
    const admin = await actor({ role: "ADMIN" });
    const owner = await createUser();
    const server = await createServer(owner);
    const general = server.channels[0]!;
    await db.message.create({ data: { conversationId: general.conversationId, seq: 1, authorId: owner.id, clientId: "x1", body: "hi" } });
    expect(await admin.run(() => deleteChannelAction({ channelId: general.id }))).toMatchObject({ ok: false, error: { code: "conflict" } });

    const extra = await db.channel.create({ data: { server: { connect: { id: server.id } }, name: "extra", slug: "extra", conversation: { create: {} } } });
    expect(await admin.run(() => deleteChannelAction({ channelId: extra.id }))).toEqual({ ok: true, data: undefined });
    expect(await db.channel.findUnique({ where: { id: extra.id } })).toBeNull();
    expect((await expectAudited(admin.user.id, "channel.delete", extra.id)).summary).toMatchObject({ before: { name: "extra" } });

    expect(await admin.run(() => deleteServerAction({ serverId: server.id }))).toEqual({ ok: true, data: undefined });
    expect(await db.server.findUnique({ where: { id: server.id } })).toBeNull();
    expect(await db.message.count({ where: { conversationId: general.conversationId } })).toBe(0);
    const entry = await expectAudited(admin.user.id, "server.delete", server.id);
    expect(entry.summary).toMatchObject({ label: server.name, before: { slug: server.slug, owner: `@${owner.username}`, channels: 1 } });
    expect(await admin.run(() => deleteServerAction({ serverId: server.id }))).toMatchObject({ ok: false, error: { code: "not_found" } });
  });

  it("refuses reserved words as slugs, but keeps an existing one when other fields change", async () => {
    const admin = await actor({ role: "ADMIN" });
    const server = await createServer(await createUser());
    const input = await serverInput(server);
    expect(await admin.run(() => updateServerAction({ ...input, slug: "settings" }))).toMatchObject({ ok: false, error: { fields: { slug: "This word is reserved for the app's own pages" } } });
    const channel = await db.channel.create({ data: { server: { connect: { id: server.id } }, name: "help", slug: "help", conversation: { create: {} } } });
    expect(await admin.run(() => updateChannelAction({ channelId: channel.id, name: "help", slug: "help", topic: "Ask here" }))).toEqual({ ok: true, data: undefined });
    expect(await admin.run(() => updateChannelAction({ channelId: channel.id, name: "help", slug: "new", topic: "Ask here" }))).toMatchObject({ ok: false, error: { fields: { slug: expect.stringContaining("reserved") } } });
  });
});

describe("one editing service for owners and admins", () => {
  it("lets only a platform admin change a slug; the owner's edit keeps it and records nothing", async () => {
    const owner = await createUser();
    const server = await createServer(owner);
    const category = await createCategory();
    const edit = { serverId: server.id, name: "Owner's name", description: "", categoryId: category.id, visibility: "PUBLIC" as const, icon: undefined, iconUrl: undefined, removeIcon: false };
    await expect(updateServer(owner, { ...edit, slug: unique("taken-over") })).rejects.toMatchObject({ code: "forbidden" });
    expect(await updateServer(owner, { ...edit, slug: server.slug })).toMatchObject({ slug: server.slug, name: "Owner's name" });
    const channel = server.channels[0]!;
    await expect(updateChannel(owner, { channelId: channel.id, name: "general", topic: "", slug: "lobby" })).rejects.toMatchObject({ code: "forbidden" });
    expect(await updateChannel(owner, { channelId: channel.id, name: "Front desk", topic: "" })).toMatchObject({ slug: "front-desk" });
    expect(await db.auditLog.count({ where: { targetId: { in: [server.id, channel.id] } } })).toBe(0);

    const admin = await actor({ role: "ADMIN" });
    const slug = unique("by-admin");
    expect(await updateServer(admin.user, { ...edit, slug })).toMatchObject({ slug });
    expect(await db.auditLog.count({ where: { targetId: server.id } })).toBe(0); // no hook: no entry
  });
});
