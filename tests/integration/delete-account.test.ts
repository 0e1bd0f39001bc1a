import { describe, expect, it, vi } from "vitest";
import { signOut } from "@/lib/auth";
import { deleteAccount, planServerHandover } from "@/lib/accounts/delete-account";
import { deleteAccountAction } from "@/lib/actions/account/delete-account";
import { db } from "@/lib/db";
import { saveImage } from "@/lib/uploads/save-image";
import { realtimeClient } from "../support/realtime";
import { actor, createServer, createThread, createUser, TEST_PASSWORD, unique, type TestUser } from "../support/factories";

async function post(conversationId: string, author: { id: string }, body: string) {
  const { lastSeq } = await db.conversation.update({ where: { id: conversationId }, data: { lastSeq: { increment: 1 } } });
  return db.message.create({ data: { conversationId, seq: lastSeq, authorId: author.id, clientId: unique(), body } });
}

async function join(serverId: string, user: TestUser, role: "MODERATOR" | "MEMBER" = "MEMBER", options: { banned?: boolean; joinedAt?: Date } = {}) {
  await db.serverMember.create({ data: { serverId, userId: user.id, role, banned: options.banned ?? false, joinedAt: options.joinedAt } });
}

const minutesAgo = (n: number) => new Date(Date.now() - n * 60_000);

describe("deleting an account (the service the admin area also uses)", () => {
  it("keeps the person's messages with no author and removes everything else about them", async () => {
    const sam = await actor();
    const friend = await createUser();
    const server = await createServer(friend, { members: [[sam.user, "MEMBER"]] });
    const thread = await createThread([sam.user, friend]);
    const inChannel = await post(server.channels[0]!.conversationId, sam.user, "hello channel");
    const inThread = await post(thread.conversationId, sam.user, "hello friend");
    const avatar = await saveImage(sam.user.id, new File([Uint8Array.from([0x89, 0x50, 0x4e, 0x47])], "a.png"), "avatar");
    await db.user.update({ where: { id: sam.user.id }, data: { image: avatar } });
    await db.userToken.create({ data: { userId: sam.user.id, purpose: "PASSWORD_RESET", tokenHash: unique(), expiresAt: new Date(Date.now() + 60_000) } });
    await db.refreshToken.create({ data: { userId: sam.user.id, familyId: "f", tokenHash: unique(), expiresAt: new Date(Date.now() + 60_000) } });

    await deleteAccount(sam.user.id);

    expect(await db.user.findUnique({ where: { id: sam.user.id } })).toBeNull();
    for (const message of [inChannel, inThread]) {
      expect(await db.message.findUniqueOrThrow({ where: { id: message.id } })).toMatchObject({ authorId: null, body: message.body });
    }
    expect(await db.session.count({ where: { userId: sam.user.id } })).toBe(0);
    expect(await db.userToken.count({ where: { userId: sam.user.id } })).toBe(0);
    expect(await db.refreshToken.count({ where: { userId: sam.user.id } })).toBe(0);
    expect(await db.upload.count({ where: { ownerId: sam.user.id } })).toBe(0);
    expect(await db.serverMember.count({ where: { userId: sam.user.id } })).toBe(0);
    expect(await db.server.findUniqueOrThrow({ where: { id: server.id } })).toMatchObject({ memberCount: 1, ownerId: friend.id });
    // The friend still has the thread, with the message from "Deleted user".
    expect(await db.threadParticipant.findMany({ where: { threadId: thread.id }, select: { userId: true } })).toEqual([{ userId: friend.id }]);
  });

  it("hands each owned server to its longest-standing moderator, else its longest-standing member", async () => {
    const owner = await createUser();
    const [oldMember, newMod, oldMod, bannedMod, member] = await Promise.all([createUser(), createUser(), createUser(), createUser(), createUser()]);
    const withMods = await createServer(owner);
    await join(withMods.id, oldMember, "MEMBER", { joinedAt: minutesAgo(60) });
    await join(withMods.id, newMod, "MODERATOR", { joinedAt: minutesAgo(5) });
    await join(withMods.id, oldMod, "MODERATOR", { joinedAt: minutesAgo(30) });
    await join(withMods.id, bannedMod, "MODERATOR", { joinedAt: minutesAgo(90), banned: true });
    const membersOnly = await createServer(owner);
    await join(membersOnly.id, member, "MEMBER", { joinedAt: minutesAgo(10) });
    await join(membersOnly.id, oldMember, "MEMBER", { joinedAt: minutesAgo(20) });
    await join(membersOnly.id, bannedMod, "MEMBER", { joinedAt: minutesAgo(90), banned: true });

    const plan = await planServerHandover(owner.id);
    expect(Object.fromEntries(plan.map((s) => [s.serverId, s.successor?.id]))).toEqual({ [withMods.id]: oldMod.id, [membersOnly.id]: oldMember.id });

    const summary = await deleteAccount(owner.id);
    expect(summary.transferred.map((s) => s.serverId).sort()).toEqual([withMods.id, membersOnly.id].sort());
    expect(summary.deletedServers).toEqual([]);

    const after = await db.server.findMany({ where: { id: { in: [withMods.id, membersOnly.id] } }, include: { members: true } });
    for (const server of after) {
      const expectedOwner = server.id === withMods.id ? oldMod.id : oldMember.id;
      expect(server.ownerId).toBe(expectedOwner);
      expect(server.members.filter((m) => m.role === "OWNER").map((m) => m.userId)).toEqual([expectedOwner]);
      expect(server.memberCount).toBe(server.members.filter((m) => !m.banned).length);
    }
  });

  it("deletes an owned server nobody else is in, with its channels and messages", async () => {
    const owner = await createUser();
    const bannedOnly = await createUser();
    const server = await createServer(owner);
    await join(server.id, bannedOnly, "MEMBER", { banned: true });
    const conversationId = server.channels[0]!.conversationId;
    const message = await post(conversationId, owner, "echo");

    expect(await deleteAccount(owner.id)).toMatchObject({ deletedServers: [{ serverId: server.id, successor: null }] });
    expect(await db.server.findUnique({ where: { id: server.id } })).toBeNull();
    expect(await db.channel.count({ where: { serverId: server.id } })).toBe(0);
    expect(await db.conversation.findUnique({ where: { id: conversationId } })).toBeNull();
    expect(await db.message.findUnique({ where: { id: message.id } })).toBeNull();
  });

  it("keeps the icon the person uploaded for a server that passes to someone else", async () => {
    const owner = await createUser();
    const mod = await createUser();
    const server = await createServer(owner, { members: [[mod, "MODERATOR"]] });
    const icon = await saveImage(owner.id, new File([Uint8Array.from([0xff, 0xd8, 0xff, 0xe0])], "i.jpg"), "icon");
    await db.server.update({ where: { id: server.id }, data: { icon } });
    await deleteAccount(owner.id);
    expect(await db.upload.findUniqueOrThrow({ where: { id: icon.split("/").pop()! } })).toMatchObject({ ownerId: mod.id });
  });

  it("removes direct threads that nobody is left in", async () => {
    const [a, b] = await Promise.all([createUser(), createUser()]);
    const thread = await createThread([a, b]);
    await deleteAccount(a.id);
    expect(await db.thread.findUnique({ where: { id: thread.id } })).not.toBeNull();
    await deleteAccount(b.id);
    expect(await db.thread.findUnique({ where: { id: thread.id } })).toBeNull();
    expect(await db.conversation.findUnique({ where: { id: thread.conversationId } })).toBeNull();
  });
});

describe("deleting your own account", () => {
  it("needs the password and the typed confirmation", async () => {
    const sam = await actor();
    expect(await sam.run(() => deleteAccountAction({ password: "wrong-password", confirmation: "delete my account" }))).toMatchObject({
      ok: false,
      error: { fields: { password: "That isn't your current password." } },
    });
    expect(await sam.run(() => deleteAccountAction({ password: TEST_PASSWORD, confirmation: "delete" }))).toMatchObject({
      ok: false,
      error: { fields: { confirmation: 'Type "delete my account" to confirm' } },
    });
    expect(await db.user.findUnique({ where: { id: sam.user.id } })).not.toBeNull();
  });

  it("deletes the account and signs the browser out", async () => {
    const sam = await actor();
    expect(await sam.run(() => deleteAccountAction({ password: TEST_PASSWORD, confirmation: "  Delete My Account " }))).toMatchObject({ ok: true });
    expect(await db.user.findUnique({ where: { id: sam.user.id } })).toBeNull();
    expect(vi.mocked(signOut)).toHaveBeenCalledWith({ redirectTo: "/signin?deleted=1" });
  });

  it("tells the person's open tabs, and refuses administrators", async () => {
    const sam = await actor();
    const tab = realtimeClient(sam);
    try {
      const told = tab.next(await tab.subscribe("user", sam.user.id), "session.ended");
      await sam.run(() => deleteAccountAction({ password: TEST_PASSWORD, confirmation: "delete my account" }));
      expect(await told).toEqual({ reason: "deleted" });
    } finally {
      tab.disconnect();
    }

    const admin = await actor({ role: "ADMIN" });
    expect(await admin.run(() => deleteAccountAction({ password: TEST_PASSWORD, confirmation: "delete my account" }))).toMatchObject({
      ok: false,
      error: { code: "conflict", message: expect.stringContaining("remove your admin rights first") },
    });
    expect(await db.user.findUnique({ where: { id: admin.user.id } })).not.toBeNull();
  });
});
