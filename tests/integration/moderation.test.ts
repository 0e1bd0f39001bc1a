import { describe, expect, it } from "vitest";
import { setSlowModeAction } from "@/lib/actions/channels/set-slow-mode";
import { timeOutMemberAction } from "@/lib/actions/members/time-out";
import { sendMessageAction } from "@/lib/actions/messages/send-message";
import { db } from "@/lib/db";
import { listMembers } from "@/lib/members/queries";
import { newClientId } from "@/lib/messages/client/sync";
import { actor, createServer, type Actor } from "../support/factories";
import { fetchMessages } from "../support/messaging";

// Time-outs and slow mode through the real actions, on a real database.

function send(who: Actor, conversationId: string, body: string, clientId = newClientId()) {
  return who.run(() => sendMessageAction({ conversationId, clientId, body }));
}

async function community() {
  const [owner, moderator, member] = await Promise.all([actor(), actor(), actor()]);
  const server = await createServer(owner.user, { members: [[moderator.user, "MODERATOR"], [member.user, "MEMBER"]] });
  const channel = server.channels[0]!;
  return { owner, moderator, member, server, channel, conversationId: channel.conversationId };
}

describe("time-outs", () => {
  it("stop a member posting (saying for how long) but not reading, until lifted", async () => {
    const { moderator, member, server, conversationId } = await community();
    const target = { serverId: server.id, userId: member.user.id };
    expect(await moderator.run(() => timeOutMemberAction({ ...target, duration: "1h" }))).toMatchObject({ ok: true });

    const refused = await send(member, conversationId, "let me talk");
    expect(refused).toMatchObject({ ok: false, error: { code: "forbidden" } });
    expect(!refused.ok && refused.error.message).toMatch(/timed out in this server: you can post again in (60 minutes|1 hour)/);
    expect((await fetchMessages(member, conversationId)).status).toBe(200);
    const [row] = (await listMembers(server.id)).filter((m) => m.id === member.user.id);
    expect(row!.timedOutUntil!.getTime()).toBeGreaterThan(Date.now() + 59 * 60_000);

    expect(await moderator.run(() => timeOutMemberAction({ ...target, duration: "lift" }))).toMatchObject({ ok: true, data: { timedOutUntil: null } });
    expect(await send(member, conversationId, "thanks")).toMatchObject({ ok: true });
  });

  it("end by themselves", async () => {
    const { moderator, member, server, conversationId } = await community();
    await moderator.run(() => timeOutMemberAction({ serverId: server.id, userId: member.user.id, duration: "1d" }));
    await db.serverMember.update({ where: { serverId_userId: { serverId: server.id, userId: member.user.id } }, data: { timedOutUntil: new Date(Date.now() - 1_000) } });
    expect(await send(member, conversationId, "back")).toMatchObject({ ok: true });
    expect((await listMembers(server.id)).find((m) => m.id === member.user.id)!.timedOutUntil).toBeNull();
  });

  it("follow rank: members can't, moderators can't time out moderators, nobody times out the owner", async () => {
    const { owner, moderator, member, server } = await community();
    const on = (who: Actor) => ({ serverId: server.id, userId: who.user.id, duration: "1h" as const });
    expect(await member.run(() => timeOutMemberAction(on(moderator)))).toMatchObject({ ok: false, error: { code: "forbidden" } });
    expect(await moderator.run(() => timeOutMemberAction(on(owner)))).toMatchObject({ ok: false, error: { code: "forbidden" } });
    expect(await owner.run(() => timeOutMemberAction(on(owner)))).toMatchObject({ ok: false, error: { code: "forbidden", message: "The owner can't be removed, banned or timed out." } });
    expect(await owner.run(() => timeOutMemberAction(on(moderator)))).toMatchObject({ ok: true });
    expect(await owner.run(() => timeOutMemberAction({ ...on(member), duration: "1y" as "1h" }))).toMatchObject({ ok: false, error: { code: "validation" } });
  });
});

describe("slow mode", () => {
  it("lets a member send one message per interval, tells the wait, and exempts staff", async () => {
    const { owner, moderator, member, channel, conversationId } = await community();
    expect(await moderator.run(() => setSlowModeAction({ channelId: channel.id, seconds: 30 }))).toMatchObject({ ok: true, data: { slowModeSeconds: 30 } });

    const clientId = newClientId();
    expect(await send(member, conversationId, "first", clientId)).toMatchObject({ ok: true });
    expect(await send(member, conversationId, "first", clientId)).toMatchObject({ ok: true }); // a retry is not a new message
    const early = await send(member, conversationId, "second");
    expect(early).toMatchObject({ ok: false, error: { code: "rate_limited" } });
    expect(!early.ok && early.error.message).toMatch(/^Slow mode is on in this channel\. Try again in \d+ seconds\.$/);
    expect(!early.ok && early.error.retryAfterSeconds).toBeGreaterThan(25);
    expect(!early.ok && early.error.retryAfterSeconds).toBeLessThanOrEqual(30);

    for (const staff of [owner, moderator]) {
      expect(await send(staff, conversationId, "staff one")).toMatchObject({ ok: true });
      expect(await send(staff, conversationId, "staff two")).toMatchObject({ ok: true });
    }
    expect(await moderator.run(() => setSlowModeAction({ channelId: channel.id, seconds: 0 }))).toMatchObject({ ok: true });
    expect(await send(member, conversationId, "now free")).toMatchObject({ ok: true });
  });

  it("is set by staff only, to one of the offered intervals", async () => {
    const { member, moderator, channel } = await community();
    expect(await member.run(() => setSlowModeAction({ channelId: channel.id, seconds: 30 }))).toMatchObject({ ok: false, error: { code: "forbidden" } });
    expect(await moderator.run(() => setSlowModeAction({ channelId: channel.id, seconds: 7 as 5 }))).toMatchObject({
      ok: false,
      error: { code: "validation", fields: { seconds: "Choose one of the offered intervals" } },
    });
    expect((await db.channel.findUniqueOrThrow({ where: { id: channel.id } })).slowModeSeconds).toBe(0);
  });
});
