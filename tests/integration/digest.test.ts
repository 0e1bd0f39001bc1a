import { describe, expect, it } from "vitest";
import { GET as digestCron } from "@/app/api/cron/email-digest/route";
import { sendMessageAction } from "@/lib/actions/messages/send-message";
import { markConversationReadAction } from "@/lib/actions/unread/mark-conversation-read";
import { setNotificationsAction } from "@/lib/actions/unread/set-notifications";
import { setServerNotificationsAction } from "@/lib/actions/unread/set-server-notifications";
import { setNotificationPreferencesAction } from "@/lib/actions/notifications/set-preferences";
import { db } from "@/lib/db";
import { newClientId } from "@/lib/messages/client/sync";
import { formatClock, minutesInZone } from "@/lib/notifications/quiet-hours";
import { MUTED_FOREVER } from "@/lib/zod/notifications";
import { flushAfter } from "../support/after";
import { actor, createServer, createThread, type Actor } from "../support/factories";
import { emailsTo } from "../support/mail";

// The email digest through its scheduled route, with emails recorded by the local Resend stand-in.

const cron = (secret = process.env.CRON_SECRET) =>
  digestCron(new Request("http://test/api/cron/email-digest", { headers: secret ? { authorization: `Bearer ${secret}` } : {} }));

async function send(who: Actor, conversationId: string, body: string) {
  const result = await who.run(() => sendMessageAction({ conversationId, clientId: newClientId(), body }));
  if (!result.ok) throw new Error(result.error.message);
  await flushAfter();
  return result.data;
}

/** Moves a message (and its mentions) `minutes` into the past, as if it had been waiting unread that long. */
async function age(messageId: string, minutes: number) {
  const createdAt = new Date(Date.now() - minutes * 60_000);
  await db.message.update({ where: { id: messageId }, data: { createdAt } });
  await db.mention.updateMany({ where: { messageId }, data: { createdAt } });
}

async function ok<T extends { ok: boolean }>(result: Promise<T>) {
  expect((await result).ok).toBe(true);
}

describe("email digest", () => {
  it("emails unread mentions and direct messages past the delay, once, however often and however concurrently the cron runs", async () => {
    const alice = await actor({ fullName: "Alice Digest" });
    const [bob, carol, dave, erin] = await Promise.all([actor(), actor(), actor(), actor()]);
    const server = await createServer(alice.user, { name: "Digest Hall", members: [bob, carol, dave, erin].map((p) => [p.user, "MEMBER"]) });
    const general = server.channels[0]!.conversationId;
    const threads = Object.fromEntries(await Promise.all([bob, carol, dave, erin].map(async (p) => [p.user.id, await createThread([alice.user, p.user])] as const)));

    const mention = await send(alice, general, `@${bob.user.username} can you review the release notes?`);
    const direct = await send(alice, threads[bob.user.id]!.conversationId, "also, lunch tomorrow?");
    const fresh = await send(alice, threads[bob.user.id]!.conversationId, "sent just now: not yet");
    const chatter = await send(alice, general, "plain channel chatter is never in a digest");
    const toCarol = await send(alice, threads[carol.user.id]!.conversationId, "carol reads this one");
    const toDave = await send(alice, threads[dave.user.id]!.conversationId, "dave turned the digest off");
    const toErin = await send(alice, threads[erin.user.id]!.conversationId, "erin muted this thread");
    for (const message of [mention, direct, chatter, toCarol, toDave, toErin]) await age(message.id, 40);
    await ok(carol.run(() => markConversationReadAction({ conversationId: threads[carol.user.id]!.conversationId })));
    await ok(dave.run(() => setNotificationPreferencesAction({ timeZone: "UTC", quietHours: null, digestDelayMinutes: null })));
    await ok(erin.run(() => setNotificationsAction({ conversationId: threads[erin.user.id]!.conversationId, level: "ALL", mutedUntil: MUTED_FOREVER })));

    const runs = await Promise.all([cron(), cron()]);
    expect(runs.map((r) => r.status)).toEqual([200, 200]);
    await cron();

    const toBob = await emailsTo(bob.user.email);
    expect(toBob).toHaveLength(1);
    expect(toBob[0]!.subject).toBe("You have 1 mention and 1 direct message on Chatsphere");
    expect(toBob[0]!.text).toContain("Alice Digest mentioned you in #general · Digest Hall");
    expect(toBob[0]!.text).toContain("can you review the release notes?");
    expect(toBob[0]!.html).toContain(`/s/${server.slug}/general?at=${mention.seq}`);
    expect(toBob[0]!.html).toContain(`/t/${threads[bob.user.id]!.id}?at=${direct.seq}`);
    expect(toBob[0]!.text).not.toContain(fresh.body);
    expect(toBob[0]!.text).not.toContain(chatter.body);
    for (const who of [carol, dave, erin]) expect(await emailsTo(who.user.email), who.user.username).toEqual([]);

    // Within the hour, newer unread messages wait; after it, only what came since the last digest is told.
    await age(fresh.id, 40);
    await cron();
    expect(await emailsTo(bob.user.email)).toHaveLength(1);
    await db.notificationPreference.update({ where: { userId: bob.user.id }, data: { digestSentAt: new Date(Date.now() - 61 * 60_000) } });
    await Promise.all([cron(), cron()]);
    const second = (await emailsTo(bob.user.email)).slice(1);
    expect(second).toHaveLength(1);
    expect(second[0]!.subject).toBe("You have 1 direct message on Chatsphere");
    expect(second[0]!.text).toContain("sent just now: not yet");
  });

  it("waits out the quiet hours of the person's zone, and answers only the scheduler", async () => {
    const alice = await actor();
    const bob = await actor();
    const thread = await createThread([alice.user, bob.user]);
    const now = minutesInZone(new Date(), "Asia/Tokyo");
    await ok(bob.run(() => setNotificationPreferencesAction({ timeZone: "Asia/Tokyo", quietHours: { start: formatClock((now + 1380) % 1440), end: formatClock((now + 60) % 1440) }, digestDelayMinutes: 15 })));
    await age((await send(alice, thread.conversationId, "night message")).id, 20);

    expect((await cron("wrong-secret-0123456789")).status).toBe(401);
    expect((await cron(null as unknown as string)).status).toBe(401);
    await cron();
    expect(await emailsTo(bob.user.email)).toEqual([]);
    await ok(bob.run(() => setNotificationPreferencesAction({ timeZone: "Asia/Tokyo", quietHours: null, digestDelayMinutes: 15 })));
    await cron();
    expect((await emailsTo(bob.user.email)).map((e) => e.subject)).toEqual(["You have 1 direct message on Chatsphere"]);
  });

  it("follows each person's server setting and their channels' own levels: the one rule the pushes follow", async () => {
    const alice = await actor({ fullName: "Alice Levels" });
    const [quiet, louder, muted] = await Promise.all([actor(), actor(), actor()]);
    const server = await createServer(alice.user, { name: "Levels Hall", members: [quiet, louder, muted].map((p) => [p.user, "MEMBER"]) });
    const general = server.channels[0]!.conversationId;
    await ok(quiet.run(() => setServerNotificationsAction({ serverId: server.id, level: "NOTHING", mutedUntil: null })));
    await ok(louder.run(() => setServerNotificationsAction({ serverId: server.id, level: "NOTHING", mutedUntil: null })));
    await ok(louder.run(() => setNotificationsAction({ conversationId: general, level: "MENTIONS", mutedUntil: null })));
    await ok(muted.run(() => setServerNotificationsAction({ serverId: server.id, level: "ALL", mutedUntil: MUTED_FOREVER })));
    await ok(muted.run(() => setNotificationsAction({ conversationId: general, level: "ALL", mutedUntil: null })));
    const thread = await createThread([alice.user, quiet.user]);

    const mention = await send(alice, general, `@${quiet.user.username} @${louder.user.username} @${muted.user.username} the numbers are in`);
    const direct = await send(alice, thread.conversationId, "a direct message is not the server's");
    for (const message of [mention, direct]) await age(message.id, 40);
    await cron();

    expect((await emailsTo(quiet.user.email)).map((e) => e.subject), "server nothing; the thread still counts").toEqual(["You have 1 direct message on Chatsphere"]);
    expect((await emailsTo(louder.user.email)).map((e) => e.subject), "server nothing, the channel mentions only").toEqual(["You have 1 mention on Chatsphere"]);
    expect(await emailsTo(muted.user.email), "the server is muted, whatever the channel's level").toEqual([]);
  });
});
