import { describe, expect, it } from "vitest";
import { subscribePushAction } from "@/lib/actions/notifications/subscribe-push";
import { unsubscribePushAction } from "@/lib/actions/notifications/unsubscribe-push";
import { sendMessageAction } from "@/lib/actions/messages/send-message";
import { setNotificationsAction } from "@/lib/actions/unread/set-notifications";
import { db } from "@/lib/db";
import { newClientId } from "@/lib/messages/client/sync";
import { setNotificationPreferencesAction } from "@/lib/actions/notifications/set-preferences";
import { formatClock, minutesInZone } from "@/lib/notifications/quiet-hours";
import { MUTED_FOREVER } from "@/lib/zod/notifications";
import { flushAfter } from "../support/after";
import { apiClient } from "../support/api";
import { actor, createServer, createThread, type Actor } from "../support/factories";
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
