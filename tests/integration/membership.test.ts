import { describe, expect, it } from "vitest";
import { acceptInviteAction } from "@/lib/actions/invites/accept";
import { createInviteAction } from "@/lib/actions/invites/create";
import { revokeInviteAction } from "@/lib/actions/invites/revoke";
import { banMemberAction } from "@/lib/actions/members/ban";
import { joinServerAction } from "@/lib/actions/members/join";
import { leaveServerAction } from "@/lib/actions/members/leave";
import { removeMemberAction } from "@/lib/actions/members/remove";
import { unbanMemberAction } from "@/lib/actions/members/unban";
import { db } from "@/lib/db";
import { getInvitePreview } from "@/lib/invites/queries";
import { actor, addMember, createServer, createUser } from "../support/factories";
import { realtimeClient } from "../support/realtime";

const memberCount = async (id: string) => (await db.server.findUniqueOrThrow({ where: { id } })).memberCount;

describe("joining and leaving", () => {
  it("joins a public server in one click, once, and keeps memberCount right throughout", async () => {
    const owner = await createUser();
    const server = await createServer(owner);
    const [bob, carol] = await Promise.all([actor(), actor()]);
    expect(await memberCount(server.id)).toBe(1);

    const clicks = await Promise.all([1, 2, 3].map(() => bob.run(() => joinServerAction({ serverId: server.id }))));
    expect(clicks.every((r) => r.ok)).toBe(true);
    expect(clicks.filter((r) => r.ok && r.data.joined)).toHaveLength(1);
    await carol.run(() => joinServerAction({ serverId: server.id }));
    expect(await memberCount(server.id)).toBe(3);

    await carol.run(() => leaveServerAction({ serverId: server.id }));
    expect(await memberCount(server.id)).toBe(2);
  });

  it("refuses unverified users", async () => {
    const server = await createServer(await createUser());
    const unverified = await actor({ verified: false });
    expect(await unverified.run(() => joinServerAction({ serverId: server.id }))).toMatchObject({ ok: false, error: { code: "forbidden" } });
  });

  it("answers 'not found' for unknown ids and private servers", async () => {
    const bob = await actor();
    const secret = await createServer(await createUser(), { visibility: "PRIVATE" });
    for (const serverId of ["doesnotexist", secret.id]) {
      expect(await bob.run(() => joinServerAction({ serverId }))).toMatchObject({ ok: false, error: { code: "not_found", message: "Server was not found." } });
    }
    expect(await bob.run(() => joinServerAction({ serverId: "../x" }))).toMatchObject({ ok: false, error: { code: "validation" } });
  });
});

describe("removing and banning", () => {
  it("a removed member may come back; a banned one may not, until unbanned", async () => {
    const owner = await actor();
    const bob = await actor();
    const server = await createServer(owner.user);
    await bob.run(() => joinServerAction({ serverId: server.id }));
    expect(await memberCount(server.id)).toBe(2);

    await owner.run(() => removeMemberAction({ serverId: server.id, userId: bob.user.id }));
    expect(await memberCount(server.id)).toBe(1);
    expect(await bob.run(() => joinServerAction({ serverId: server.id }))).toMatchObject({ ok: true });
    expect(await memberCount(server.id)).toBe(2);

    await owner.run(() => banMemberAction({ serverId: server.id, userId: bob.user.id }));
    expect(await memberCount(server.id)).toBe(1);
    expect(await bob.run(() => joinServerAction({ serverId: server.id }))).toMatchObject({ ok: false, error: { code: "not_found" } });
    expect(await bob.run(() => leaveServerAction({ serverId: server.id }))).toMatchObject({ ok: false, error: { code: "not_found" } });
    const invite = await owner.run(() => createInviteAction({ serverId: server.id }));
    if (!invite.ok) throw new Error("invite");
    expect(await bob.run(() => acceptInviteAction({ code: invite.data.code }))).toMatchObject({ ok: false, error: { code: "not_found" } });
    expect(await getInvitePreview(bob.user.id, invite.data.code)).toBeNull();
    expect(await db.serverMember.findUniqueOrThrow({ where: { serverId_userId: { serverId: server.id, userId: bob.user.id } } })).toMatchObject({ banned: true });
    expect(await memberCount(server.id)).toBe(1);

    await owner.run(() => unbanMemberAction({ serverId: server.id, userId: bob.user.id }));
    expect(await owner.run(() => unbanMemberAction({ serverId: server.id, userId: bob.user.id }))).toMatchObject({ ok: false, error: { code: "not_found" } });
    expect(await bob.run(() => joinServerAction({ serverId: server.id }))).toMatchObject({ ok: true, data: { joined: true } });
    expect(await memberCount(server.id)).toBe(2);
  });

  it("a banned user can no longer subscribe to the channels, and their open tabs are told", async () => {
    const owner = await actor();
    const bob = await actor();
    const server = await createServer(owner.user, { members: [[bob.user, "MEMBER"]] });
    const conversationId = server.channels[0]!.conversationId;
    const realtime = realtimeClient(bob);
    try {
      const userChannel = await realtime.subscribe("user", bob.user.id);
      await realtime.subscribe("conversation", conversationId);
      const told = realtime.next<{ serverId: string; reason: string }>(userChannel, "membership.ended");
      await owner.run(() => banMemberAction({ serverId: server.id, userId: bob.user.id }));
      expect(await told).toEqual({ serverId: server.id, reason: "banned" });
      realtime.client.unsubscribe(`private-conversation-${conversationId}`);
      await expect(realtime.subscribe("conversation", conversationId)).rejects.toMatchObject({ status: 403 });
      await expect(realtime.subscribe("presence", conversationId)).rejects.toMatchObject({ status: 403 });
    } finally {
      realtime.disconnect();
    }
  });

  it("memberCount stays right when a member's account is deleted", async () => {
    const owner = await createUser();
    const bob = await createUser();
    const server = await createServer(owner, { members: [[bob, "MEMBER"]] });
    expect(await memberCount(server.id)).toBe(2);
    await db.user.delete({ where: { id: bob.id } });
    expect(await memberCount(server.id)).toBe(1);
  });
});

describe("invite links", () => {
  async function setup(options: { expiresInMinutes?: number; maxUses?: number } = {}) {
    const owner = await actor();
    const server = await createServer(owner.user, { visibility: "PRIVATE" });
    const result = await owner.run(() => createInviteAction({ serverId: server.id, expiresInMinutes: 0, maxUses: 0, ...options }));
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    return { owner, server, invite: result.data };
  }

  it("let people into a private server; following it again uses nothing", async () => {
    const { server, invite } = await setup({ maxUses: 3 });
    const bob = await actor();
    expect(await getInvitePreview(bob.user.id, invite.code)).toMatchObject({ server: { id: server.id, name: server.name }, alreadyMember: false });
    expect(await bob.run(() => acceptInviteAction({ code: invite.code }))).toMatchObject({ ok: true, data: { slug: server.slug, joined: true } });
    expect(await bob.run(() => acceptInviteAction({ code: invite.code }))).toMatchObject({ ok: true, data: { joined: false } });
    expect(await db.invite.findUniqueOrThrow({ where: { id: invite.id } })).toMatchObject({ uses: 1 });
    expect(await getInvitePreview(bob.user.id, invite.code)).toMatchObject({ alreadyMember: true });
    expect(await memberCount(server.id)).toBe(2);
  });

  it("admit exactly maxUses people, however many click at once", async () => {
    const { server, invite } = await setup({ maxUses: 3 });
    const people = await Promise.all(Array.from({ length: 8 }, () => actor()));
    const results = await Promise.all(people.map((p) => p.run(() => acceptInviteAction({ code: invite.code }))));
    expect(results.filter((r) => r.ok)).toHaveLength(3);
    expect(results.filter((r) => !r.ok).map((r) => !r.ok && r.error.message)).toEqual(
      Array(5).fill("This invite link is invalid or has expired. Ask for a new one."),
    );
    expect(await db.invite.findUniqueOrThrow({ where: { id: invite.id } })).toMatchObject({ uses: 3 });
    expect(await memberCount(server.id)).toBe(4);
    const turnedAway = people.find((_, i) => !results[i]!.ok)!;
    expect(await getInvitePreview(turnedAway.user.id, invite.code)).toBeNull();
  });

  it("stop working when they expire", async () => {
    const { invite } = await setup({ expiresInMinutes: 30 });
    const expiresAt = (await db.invite.findUniqueOrThrow({ where: { id: invite.id } })).expiresAt!;
    expect(expiresAt.getTime() - Date.now()).toBeGreaterThan(29 * 60_000);
    expect(expiresAt.getTime() - Date.now()).toBeLessThanOrEqual(30 * 60_000);
    await db.invite.update({ where: { id: invite.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    const bob = await actor();
    expect(await getInvitePreview(bob.user.id, invite.code)).toBeNull();
    expect(await bob.run(() => acceptInviteAction({ code: invite.code }))).toMatchObject({ ok: false, error: { code: "not_found" } });
  });

  it("stop working when revoked", async () => {
    const { owner, invite } = await setup();
    expect(await owner.run(() => revokeInviteAction({ inviteId: invite.id }))).toMatchObject({ ok: true });
    const bob = await actor();
    expect(await bob.run(() => acceptInviteAction({ code: invite.code }))).toMatchObject({ ok: false, error: { code: "not_found" } });
  });

  it("refuse unknown codes, malformed codes and bad options", async () => {
    const { owner, server } = await setup();
    const bob = await actor();
    expect(await bob.run(() => acceptInviteAction({ code: "NoSuchCode1" }))).toMatchObject({ ok: false, error: { code: "not_found" } });
    expect(await bob.run(() => acceptInviteAction({ code: "bad code!" }))).toMatchObject({ ok: false, error: { code: "validation" } });
    expect(await owner.run(() => createInviteAction({ serverId: server.id, maxUses: -1 }))).toMatchObject({ ok: false, error: { fields: { maxUses: expect.any(String) } } });
    expect(await owner.run(() => createInviteAction({ serverId: server.id, expiresInMinutes: 99_999_999 }))).toMatchObject({
      ok: false,
      error: { fields: { expiresInMinutes: "Links can last at most 30 days" } },
    });
  });

  it("need a verified email address to accept", async () => {
    const { invite } = await setup();
    const unverified = await actor({ verified: false });
    expect(await unverified.run(() => acceptInviteAction({ code: invite.code }))).toMatchObject({ ok: false, error: { code: "forbidden" } });
  });
});

describe("member list order", () => {
  it("lists the owner, then moderators, then members", async () => {
    const { listMembers } = await import("@/lib/members/queries");
    const owner = await createUser({ fullName: "Zed Owner" });
    const [mod, member] = await Promise.all([createUser({ fullName: "Mia Mod" }), createUser({ fullName: "Abe Member" })]);
    const server = await createServer(owner, { members: [[member, "MEMBER"], [mod, "MODERATOR"]] });
    await addMember(server, await createUser(), "MEMBER", true);
    expect((await listMembers(server.id)).map((m) => m.role)).toEqual(["OWNER", "MODERATOR", "MEMBER"]);
  });
});
