import { describe, expect, it } from "vitest";
import { reportMessageAction } from "@/lib/actions/reports/report-message";
import { resolveReportAction } from "@/lib/actions/reports/resolve";
import { sendMessageAction } from "@/lib/actions/messages/send-message";
import { db } from "@/lib/db";
import { newClientId } from "@/lib/messages/client/sync";
import { openReports } from "@/lib/reports/queue";
import { actor, createServer, createThread, type Actor } from "../support/factories";
import { fetchMessages } from "../support/messaging";
import { waitForEmail } from "../support/mail";

// Reports and the moderation queue through the real actions, on a real database, with the
// outcome emailed through the local stand-in for Resend.

async function say(who: Actor, conversationId: string, body: string) {
  const result = await who.run(() => sendMessageAction({ conversationId, clientId: newClientId(), body }));
  if (!result.ok) throw new Error(result.error.message);
  return result.data;
}

async function report(who: Actor, messageId: string, reason: "SPAM" | "HARASSMENT" = "HARASSMENT") {
  const result = await who.run(() => reportMessageAction({ messageId, reason, details: "not okay" }));
  if (!result.ok) throw new Error(result.error.message);
  return result.data;
}

async function community() {
  const [owner, moderator, reporter, troll] = await Promise.all([actor(), actor(), actor(), actor()]);
  const server = await createServer(owner.user, { members: [[moderator.user, "MODERATOR"], [reporter.user, "MEMBER"], [troll.user, "MEMBER"]] });
  return { owner, moderator, reporter, troll, server, conversationId: server.channels[0]!.conversationId };
}

describe("reporting a message", () => {
  it("puts a channel message in its server's queue and the platform's, once per reporter", async () => {
    const { moderator, reporter, troll, server, conversationId } = await community();
    const admin = await actor({ role: "ADMIN" });
    const message = await say(troll, conversationId, "you are all losers");
    await report(reporter, message.id);
    expect(await reporter.run(() => reportMessageAction({ messageId: message.id, reason: "SPAM" }))).toMatchObject({ ok: false, error: { code: "conflict", message: "You already reported this message." } });
    expect(await troll.run(() => reportMessageAction({ messageId: message.id, reason: "SPAM" }))).toMatchObject({ ok: false, error: { code: "conflict" } });

    const queue = await openReports(moderator.user, { serverId: server.id });
    expect(queue).toHaveLength(1);
    expect(queue[0]).toMatchObject({ reason: "HARASSMENT", details: "not okay", message: { body: "you are all losers" }, place: { kind: "channel", channelName: "general" } });
    expect((await openReports(admin.user, { platform: true })).some((r) => r.message.id === message.id)).toBe(true);
    await expect(openReports(reporter.user, { serverId: server.id })).rejects.toMatchObject({ code: "forbidden" });
    await expect(openReports(moderator.user, { platform: true })).rejects.toMatchObject({ code: "not_found" });
  });

  it("refuses what the reporter can't read, bad reasons and over-long details", async () => {
    const { troll, conversationId } = await community();
    const outsider = await actor();
    const privateServer = await createServer(troll.user, { visibility: "PRIVATE" });
    const hidden = await say(troll, privateServer.channels[0]!.conversationId, "secret");
    expect(await outsider.run(() => reportMessageAction({ messageId: hidden.id, reason: "SPAM" }))).toMatchObject({ ok: false, error: { code: "not_found" } });
    const message = await say(troll, conversationId, "hello");
    expect(await outsider.run(() => reportMessageAction({ messageId: message.id, reason: "RUDE" as "SPAM" }))).toMatchObject({ ok: false, error: { code: "validation", fields: { reason: "Choose a reason" } } });
    expect(await outsider.run(() => reportMessageAction({ messageId: message.id, reason: "SPAM", details: "x".repeat(501) }))).toMatchObject({ ok: false, error: { code: "validation" } });
  });
});

describe("the queue's actions", () => {
  it("deleting closes every report of the message and emails each reporter the outcome", async () => {
    const { moderator, reporter, troll, owner, server, conversationId } = await community();
    const message = await say(troll, conversationId, "buy cheap watches");
    const [first] = await Promise.all([report(reporter, message.id, "SPAM"), report(owner, message.id, "SPAM")]);
    const result = await moderator.run(() => resolveReportAction({ reportId: first.id, action: "delete" }));
    expect(result).toMatchObject({ ok: true, data: { reportsClosed: 2, outcome: "the message was deleted." } });
    expect((await db.message.findUniqueOrThrow({ where: { id: message.id } })).deletedAt).not.toBeNull();
    expect(await openReports(moderator.user, { serverId: server.id })).toEqual([]);
    for (const who of [reporter, owner]) {
      const mail = await waitForEmail(who.user.email, /^Your report was reviewed$/);
      expect(mail.text).toContain("the message was deleted.");
    }
    expect(await moderator.run(() => resolveReportAction({ reportId: first.id, action: "dismiss" }))).toMatchObject({ ok: false, error: { code: "conflict" } });
    expect(await db.auditLog.count({ where: { action: "report.resolve", targetId: message.id } })).toBe(1);
  });

  it("times out and bans in channels, suspends for platform admins only, and follows rank", async () => {
    const { moderator, reporter, troll, server, conversationId } = await community();
    const first = await report(reporter, (await say(troll, conversationId, "one")).id);
    expect(await moderator.run(() => resolveReportAction({ reportId: first.id, action: "suspend" }))).toMatchObject({ ok: false, error: { code: "forbidden" } });
    expect(await moderator.run(() => resolveReportAction({ reportId: first.id, action: "timeout" }))).toMatchObject({ ok: true });
    const member = await db.serverMember.findUniqueOrThrow({ where: { serverId_userId: { serverId: server.id, userId: troll.user.id } } });
    expect(member.timedOutUntil!.getTime()).toBeGreaterThan(Date.now() + 23 * 3_600_000);

    const second = await report(troll, (await say(moderator, conversationId, "mod speaking")).id);
    expect(await moderator.run(() => resolveReportAction({ reportId: second.id, action: "ban" }))).toMatchObject({ ok: false, error: { code: "forbidden" } });
    expect(await reporter.run(() => resolveReportAction({ reportId: second.id, action: "dismiss" }))).toMatchObject({ ok: false, error: { code: "forbidden" } });
  });

  it("shows a platform admin a direct thread's reported message and nothing else of it", async () => {
    const [alice, mallory] = await Promise.all([actor(), actor()]);
    const admin = await actor({ role: "ADMIN" });
    const thread = await createThread([alice.user, mallory.user]);
    await say(alice, thread.conversationId, "private small talk");
    const bad = await say(mallory, thread.conversationId, "send me your password");
    await report(alice, bad.id);

    const [item] = (await openReports(admin.user, { platform: true })).filter((r) => r.message.id === bad.id);
    expect(item).toMatchObject({ message: { body: "send me your password" }, place: { kind: "thread" } });
    expect(JSON.stringify(item)).not.toContain("private small talk");
    expect((await fetchMessages(admin, thread.conversationId)).status).toBe(404); // the rest of the thread stays closed
    const server = await createServer(admin.user);
    await expect(openReports(admin.user, { serverId: server.id })).resolves.toEqual([]); // a thread's report is in no server's queue

    expect(await admin.run(() => resolveReportAction({ reportId: item!.id, action: "warn" }))).toMatchObject({ ok: true, data: { outcome: "the author was warned." } });
    expect((await waitForEmail(mallory.user.email, /^A warning about one of your messages$/)).text).toContain("a direct thread");
  });
});
