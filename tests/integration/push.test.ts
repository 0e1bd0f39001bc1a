import { describe, expect, it } from "vitest";
import { subscribePushAction } from "@/lib/actions/notifications/subscribe-push";
import { unsubscribePushAction } from "@/lib/actions/notifications/unsubscribe-push";
import { sendMessageAction } from "@/lib/actions/messages/send-message";
import { setNotificationsAction } from "@/lib/actions/unread/set-notifications";
import { setServerNotificationsAction } from "@/lib/actions/unread/set-server-notifications";
import { db } from "@/lib/db";
import { newClientId } from "@/lib/messages/client/sync";
import { setNotificationPreferencesAction } from "@/lib/actions/notifications/set-preferences";
import { formatClock, minutesInZone } from "@/lib/notifications/quiet-hours";
import { MUTED_FOREVER, type NotifyLevel } from "@/lib/zod/notifications";
import { flushAfter } from "../support/after";
import { apiClient } from "../support/api";
import { actor, createChannel, createServer, createThread, type Actor } from "../support/factories";
import { expireSubscription, newSubscriber, openPush, receivedPushes, verifyVapid, type TestSubscriber } from "../support/web-push";

// Web Push end to end: the app encrypts and signs each push and sends it to a local push service
// (tests/support/push-service.ts); the test holds the subscription's private keys and decrypts
// what arrived as a browser would (tests/support/web-push.ts). Nothing of web-push is mocked.

async function send(who: Actor, conversationId: string, body: string, replyToId?: string) {
  const result = await who.run(() => sendMessageAction({ conversationId, clientId: newClientId(), body, replyToId }));
  if (!result.ok) throw new Error(result.error.message);
  await flushAfter(); // pushes go out after the response
  return result.data;
}

async function subscribed(who: Actor): Promise<TestSubscriber> {
  const subscriber = newSubscriber();
  const result = await who.run(() => subscribePushAction(subscriber.subscription));
  if (!result.ok) throw new Error(result.error.message);
  return subscriber;
}

async function pushesTo(subscriber: TestSubscriber) {
  return (await receivedPushes(subscriber)).map((push) => openPush(subscriber, push));
}

/** Someone who has not used Chatsphere for a while (API calls count as use, as a visible tab's heartbeat does). */
const isAway = (userId: string) => db.user.update({ where: { id: userId }, data: { lastSeenAt: new Date(Date.now() - 10 * 60_000) } });

/** Someone with Chatsphere open in a visible tab (its heartbeat is recent). */
const hasVisibleTab = (who: Actor) => db.user.update({ where: { id: who.user.id }, data: { lastSeenAt: new Date() } });

async function channelWith(owner: Actor, ...members: Actor[]) {
  const server = await createServer(owner.user, { name: "Push Club", members: members.map((m) => [m.user, "MEMBER"]) });
  return { server, conversationId: server.channels[0]!.conversationId };
}

describe("web push", () => {
  it("pushes a mention, encrypted for the subscription (aes128gcm) and signed with the VAPID key, linking to the message", async () => {
    const alice = await actor({ fullName: "Alice Push" });
    const bob = await actor();
    const device = await subscribed(bob);
    const { server, conversationId } = await channelWith(alice, bob);

    const message = await send(alice, conversationId, `hey @${bob.user.username}, the deploy is done`);

    const received = await receivedPushes(device);
    expect(received).toHaveLength(1);
    expect(received[0]!.headers).toMatchObject({ "content-encoding": "aes128gcm", urgency: "high" });
    expect(Number(received[0]!.headers.ttl)).toBeGreaterThan(0);
    const vapid = await verifyVapid(received[0]!, process.env.VAPID_PUBLIC_KEY!);
    expect(vapid.sub).toBe("mailto:push@chatsphere.test");
    expect(openPush(device, received[0]!)).toEqual({
      title: `Alice Push in #general · Push Club`,
      body: `hey @${bob.user.username}, the deploy is done`,
      url: `/s/${server.slug}/general?at=${message.seq}`,
      tag: `conversation-${conversationId}`,
    });
  });

  it("a payload decrypted with another subscription's keys fails (the test's decryption can fail)", async () => {
    const alice = await actor();
    const bob = await actor();
    const device = await subscribed(bob);
    const { conversationId } = await channelWith(alice, bob);
    await send(alice, conversationId, `@${bob.user.username} ping`);
    const [push] = await receivedPushes(device);
    expect(() => openPush({ ...newSubscriber(), id: device.id }, push!)).toThrow();
  });

  it("pushes every message of a direct thread and replies to you, but not channel chatter or your own messages", async () => {
    const alice = await actor({ fullName: "Alice Dm" });
    const bob = await actor();
    const aliceDevice = await subscribed(alice);
    const bobDevice = await subscribed(bob);
    const thread = await createThread([alice.user, bob.user]);
    const { conversationId } = await channelWith(alice, bob);

    await send(alice, thread.conversationId, "lunch?");
    const question = await send(bob, conversationId, "anyone around?");
    await send(alice, conversationId, "just chatting");
    await send(alice, conversationId, "yes, me", question.id);

    expect((await pushesTo(bobDevice)).map((p) => p.body)).toEqual(["lunch?", "yes, me"]);
    expect((await pushesTo(bobDevice))[0]).toMatchObject({ title: "Alice Dm", url: `/t/${thread.id}?at=1` });
    expect(await pushesTo(aliceDevice), "nothing for the author's own messages, nor a reply-less channel message").toEqual([]);
  });

  it("sends nothing to someone with a visible tab, a muted conversation or one set to nothing; 'mentions only' still pushes mentions", async () => {
    const alice = await actor();
    const [online, muted, silent, mentionsOnly] = await Promise.all([actor(), actor(), actor(), actor()]);
    const devices = await Promise.all([online, muted, silent, mentionsOnly].map(subscribed));
    const { conversationId } = await channelWith(alice, online, muted, silent, mentionsOnly);
    const threads = await Promise.all([online, muted, silent, mentionsOnly].map((who) => createThread([alice.user, who.user])));
    await hasVisibleTab(online);
    for (const [who, level, mutedUntil] of [[muted, "ALL", MUTED_FOREVER], [silent, "NOTHING", null], [mentionsOnly, "MENTIONS", null]] as const) {
      for (const id of [conversationId, threads[[online, muted, silent, mentionsOnly].indexOf(who)]!.conversationId]) {
        const result = await who.run(() => setNotificationsAction({ conversationId: id, level, mutedUntil }));
        expect(result.ok).toBe(true);
      }
    }

    await send(alice, conversationId, `@${online.user.username} @${muted.user.username} @${silent.user.username} @${mentionsOnly.user.username} standup`);
    for (const thread of threads) await send(alice, thread.conversationId, "direct chatter");

    const [toOnline, toMuted, toSilent, toMentionsOnly = []] = await Promise.all(devices.map(pushesTo));
    expect(toOnline).toEqual([]);
    expect(toMuted).toEqual([]);
    expect(toSilent).toEqual([]);
    expect(toMentionsOnly.map((p) => p.body)).toEqual([expect.stringContaining("standup")]);
  });

  it("sends nothing during the quiet hours of the person's own time zone", async () => {
    const alice = await actor();
    const [tokyo, newYork] = await Promise.all([actor(), actor()]);
    const devices = await Promise.all([tokyo, newYork].map(subscribed));
    // The same hours for both: the hour around now in Tokyo, which is the middle of the night or day in New York.
    const tokyoNow = minutesInZone(new Date(), "Asia/Tokyo");
    const quietHours = { start: formatClock((tokyoNow + 1440 - 60) % 1440), end: formatClock((tokyoNow + 60) % 1440) };
    for (const [who, timeZone] of [[tokyo, "Asia/Tokyo"], [newYork, "America/New_York"]] as const) {
      const result = await who.run(() => setNotificationPreferencesAction({ timeZone, quietHours, digestDelayMinutes: 30 }));
      expect(result.ok).toBe(true);
    }
    for (const who of [tokyo, newYork]) await send(alice, (await createThread([alice.user, who.user])).conversationId, "are you up?");

    const [toTokyo, toNewYork] = await Promise.all(devices.map(pushesTo));
    expect(toTokyo).toEqual([]);
    expect(toNewYork?.map((p) => p.body)).toEqual(["are you up?"]);
  });

  it("forgets a subscription the push service answers 410 for, and keeps delivering to the person's other devices", async () => {
    const alice = await actor();
    const bob = await actor();
    const [phone, laptop] = [await subscribed(bob), await subscribed(bob)];
    const thread = await createThread([alice.user, bob.user]);
    await expireSubscription(phone);

    await send(alice, thread.conversationId, "first");
    expect(await db.pushSubscription.count({ where: { endpoint: phone.subscription.endpoint } })).toBe(0);
    expect(await db.pushSubscription.count({ where: { endpoint: laptop.subscription.endpoint } })).toBe(1);
    await send(alice, thread.conversationId, "second");
    expect((await pushesTo(laptop)).map((p) => p.body)).toEqual(["first", "second"]);
    expect(await receivedPushes(phone)).toEqual([]);
  });

  it("unsubscribing stops pushes; a subscription moves to the account that subscribed the browser last; outside endpoints are refused", async () => {
    const alice = await actor();
    const bob = await actor();
    const carol = await actor();
    const device = await subscribed(bob);
    expect((await carol.run(() => unsubscribePushAction({ endpoint: device.subscription.endpoint }))).ok).toBe(true);
    expect(await db.pushSubscription.count({ where: { endpoint: device.subscription.endpoint } }), "someone else's endpoint is left alone").toBe(1);

    expect((await carol.run(() => subscribePushAction(device.subscription))).ok).toBe(true);
    expect(await db.pushSubscription.findUnique({ where: { endpoint: device.subscription.endpoint }, select: { userId: true } })).toEqual({ userId: carol.user.id });
    expect((await carol.run(() => unsubscribePushAction({ endpoint: device.subscription.endpoint }))).ok).toBe(true);
    const thread = await createThread([alice.user, carol.user]);
    await send(alice, thread.conversationId, "anyone?");
    expect(await receivedPushes(device)).toEqual([]);

    for (const endpoint of ["http://10.0.0.1/push/x", "https://evil.example/push", "https://fcm.googleapis.com.evil.example/x", "http://fcm.googleapis.com/x"]) {
      const result = await bob.run(() => subscribePushAction({ ...device.subscription, endpoint }));
      expect(result.ok, endpoint).toBe(false);
    }
    expect((await bob.run(() => subscribePushAction({ ...device.subscription, endpoint: "https://fcm.googleapis.com/fcm/send/abc" }))).ok).toBe(true);
  });

  it("works through /api/v1: the VAPID key, subscribing (validated) and unsubscribing", async () => {
    const alice = await actor();
    const bob = await actor();
    const api = await apiClient().signIn(bob.user);
    expect((await api.get("/push/config")).body).toEqual({ publicKey: process.env.VAPID_PUBLIC_KEY });

    const device = newSubscriber();
    const bad = await api.post("/me/push-subscriptions", { body: { endpoint: device.subscription.endpoint, keys: { p256dh: "short", auth: device.subscription.keys.auth } } });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields).toHaveProperty(["keys.p256dh"]);
    expect((await api.post("/me/push-subscriptions", { body: device.subscription })).status).toBe(204);
    const thread = await createThread([alice.user, bob.user]);
    await send(alice, thread.conversationId, "while the API client is in use");
    expect(await receivedPushes(device), "an API client used in the last 2 minutes counts as present").toEqual([]);
    await isAway(bob.user.id);
    await send(alice, thread.conversationId, "via the API");
    expect((await pushesTo(device)).map((p) => p.body)).toEqual(["via the API"]);

    expect((await api.delete("/me/push-subscriptions", { body: { endpoint: device.subscription.endpoint } })).status).toBe(204);
    await isAway(bob.user.id);
    await send(alice, thread.conversationId, "after unsubscribing");
    expect(await receivedPushes(device)).toHaveLength(1);
  });
});

describe("web push under a server's notification setting", () => {
  async function setServer(who: Actor, serverId: string, level: NotifyLevel, mutedUntil: string | null = null) {
    const result = await who.run(() => setServerNotificationsAction({ serverId, level, mutedUntil }));
    expect(result.ok, result.ok ? "" : result.error.message).toBe(true);
  }
  async function setChannel(who: Actor, conversationId: string, level: NotifyLevel | null, mutedUntil: string | null = null) {
    const result = await who.run(() => setNotificationsAction({ conversationId, level, mutedUntil }));
    expect(result.ok, result.ok ? "" : result.error.message).toBe(true);
  }

  it("applies to every channel of the server without a level of its own; a channel's own level overrides it either way; threads are not the server's", async () => {
    const alice = await actor();
    const [quiet, louder, quieter] = await Promise.all([actor(), actor(), actor()]);
    const devices = await Promise.all([quiet, louder, quieter].map(subscribed));
    const { server, conversationId: general } = await channelWith(alice, quiet, louder, quieter);
    const other = await createChannel(server, "other");
    await setServer(quiet, server.id, "NOTHING"); // every channel on the default: no push
    await setServer(louder, server.id, "NOTHING");
    await setChannel(louder, general, "ALL"); // …but this channel says all messages
    await setChannel(quieter, general, "NOTHING"); // server on the default (all), this channel nothing

    const everyone = `@${quiet.user.username} @${louder.user.username} @${quieter.user.username}`;
    await send(alice, general, `${everyone} in general`);
    await send(alice, other.conversationId, `${everyone} in other`);
    for (const who of [quiet, louder]) await send(alice, (await createThread([alice.user, who.user])).conversationId, "a direct message");

    const [toQuiet, toLouder, toQuieter] = await Promise.all(devices.map(pushesTo));
    expect(toQuiet?.map((p) => p.body), "server nothing; a thread is not the server's").toEqual(["a direct message"]);
    expect(toLouder?.map((p) => p.body), "server nothing, general all").toEqual([`${everyone} in general`, "a direct message"]);
    expect(toQuieter?.map((p) => p.body), "general nothing, the server's other channel pushes").toEqual([`${everyone} in other`]);

    // "Use server default" again: general follows the server's nothing.
    await setChannel(louder, general, null);
    await send(alice, general, `${everyone} once more`);
    expect((await pushesTo(devices[1]!)).map((p) => p.body)).toEqual([`${everyone} in general`, "a direct message"]);
  });

  it("mentions only on the server pushes what names or answers you in its channels, and nothing else", async () => {
    const alice = await actor();
    const bob = await actor();
    const device = await subscribed(bob);
    const { server, conversationId } = await channelWith(alice, bob);
    await setServer(bob, server.id, "MENTIONS");
    const question = await send(bob, conversationId, "anyone around?");
    await send(alice, conversationId, "plain chatter");
    await send(alice, conversationId, "yes, me", question.id);
    await send(alice, conversationId, `@${bob.user.username} look`);
    expect((await pushesTo(device)).map((p) => p.body)).toEqual(["yes, me", `@${bob.user.username} look`]);
  });

  it("a server mute silences every channel of it, whatever the channel's own level, until it ends or is lifted", async () => {
    const alice = await actor();
    const [bob, carol] = await Promise.all([actor(), actor()]);
    const [bobDevice, carolDevice] = [await subscribed(bob), await subscribed(carol)];
    const { server, conversationId } = await channelWith(alice, bob, carol);
    await setServer(bob, server.id, "ALL", new Date(Date.now() + 3_600_000).toISOString());
    await setServer(carol, server.id, "ALL", MUTED_FOREVER);
    await setChannel(carol, conversationId, "ALL");
    const mention = `@${bob.user.username} @${carol.user.username}`;

    await send(alice, conversationId, `${mention} while muted`);
    expect(await receivedPushes(bobDevice)).toEqual([]);
    expect(await receivedPushes(carolDevice)).toEqual([]);

    await db.serverNotificationSetting.update({ where: { userId_serverId: { userId: bob.user.id, serverId: server.id } }, data: { mutedUntil: new Date(Date.now() - 1000) } });
    await setServer(carol, server.id, "ALL", null);
    await send(alice, conversationId, `${mention} after`);
    expect((await pushesTo(bobDevice)).map((p) => p.body), "the mute ended").toEqual([`${mention} after`]);
    expect((await pushesTo(carolDevice)).map((p) => p.body), "the mute was lifted").toEqual([`${mention} after`]);
    expect(await db.serverNotificationSetting.count({ where: { userId: carol.user.id } }), "the default is stored as no row").toBe(0);
  });

  it("is for members only: anyone else is told the server doesn't exist, and nothing is stored", async () => {
    const alice = await actor();
    const [stranger, banned] = await Promise.all([actor(), actor()]);
    const { server } = await channelWith(alice, banned);
    await db.serverMember.update({ where: { serverId_userId: { serverId: server.id, userId: banned.user.id } }, data: { banned: true } });
    for (const who of [stranger, banned]) {
      const result = await who.run(() => setServerNotificationsAction({ serverId: server.id, level: "NOTHING", mutedUntil: null }));
      expect(result).toMatchObject({ ok: false, error: { code: "not_found" } });
    }
    expect(await db.serverNotificationSetting.count({ where: { serverId: server.id } })).toBe(0);
  });
});
