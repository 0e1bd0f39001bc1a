import type { Browser, BrowserContext, CDPSession, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { apiClient } from "../support/api";
import { appUrl, launchBrowser, newContext, signInThroughForm } from "../support/browser";
import { createServer, createUser } from "../support/factories";
import { decryptPush, newSubscriber, receivedPushes } from "../support/web-push";

// Web Push with Chromium's real service worker. Headless Chromium cannot reach a vendor push
// service to subscribe, so the test stands in for that hop: the app encrypts and sends the push to
// the local push service (tests/support/push-service.ts) for a subscription whose private keys the
// test holds, the test decrypts it (RFC 8291) and hands the plaintext to the page's registered
// /sw.js through DevTools (ServiceWorker.deliverPushMessage), as the browser would after
// decrypting. The worker must then show the notification, and its click handler take an open tab
// to the message.

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

async function registrationIdOf(cdp: CDPSession, scope: string): Promise<string> {
  return new Promise((resolve) => {
    cdp.on("ServiceWorker.workerRegistrationUpdated", ({ registrations }) => {
      const found = registrations.find((r) => r.scopeURL === scope && !r.isDeleted);
      if (found) resolve(found.registrationId);
    });
    void cdp.send("ServiceWorker.enable");
  });
}

async function notificationsShown(page: Page) {
  return page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    return (await registration.getNotifications()).map((n) => ({ title: n.title, body: n.body, tag: n.tag, url: (n.data as { url: string }).url }));
  });
}

describe("web push in Chromium", () => {
  it("serves an installable manifest with its icons", async () => {
    const response = await fetch(appUrl("/manifest.webmanifest"));
    expect(response.status).toBe(200);
    const manifest = await response.json();
    expect(manifest).toMatchObject({ name: "Chatsphere", start_url: "/home", display: "standalone" });
    const sizes = manifest.icons.map((icon: { sizes: string }) => icon.sizes);
    expect(sizes).toEqual(expect.arrayContaining(["192x192", "512x512"]));
    for (const icon of manifest.icons) {
      const file = await fetch(appUrl(icon.src));
      expect(file.headers.get("content-type"), icon.src).toBe("image/png");
    }
    const worker = await fetch(appUrl("/sw.js"));
    expect(worker.headers.get("content-type")).toMatch(/javascript/);
  });

  it("the settings page registers the service worker; a pushed mention shows as a notification, and its click opens the message", async () => {
    const [alice, bob] = await Promise.all([createUser({ fullName: "Alice Pusher" }), createUser({ fullName: "Bob Away" })]);
    const server = await createServer(alice, { name: "Push Lab", members: [[bob, "MEMBER"]] });
    const context: BrowserContext = await newContext(browser);
    await context.grantPermissions(["notifications"], { origin: new URL(appUrl()).origin });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    await signInThroughForm(page, bob.email);
    const cdp = await context.newCDPSession(page);
    const registrationId = registrationIdOf(cdp, appUrl("/"));
    await page.goto("/settings#notifications");
    await page.getByRole("region", { name: "Notifications" }).getByRole("button", { name: "Turn on" }).waitFor();
    const id = await registrationId;
    expect(await page.evaluate(async () => (await navigator.serviceWorker.ready).active?.scriptURL)).toBe(appUrl("/sw.js"));

    // This browser's subscription, as pushManager.subscribe would have made it with a reachable push service.
    const device = newSubscriber();
    await db.pushSubscription.create({ data: { userId: bob.id, endpoint: device.subscription.endpoint, ...device.subscription.keys } });
    await db.user.update({ where: { id: bob.id }, data: { lastSeenAt: new Date(Date.now() - 10 * 60_000) } }); // away

    const api = await apiClient({ fetcher: fetch, baseUrl: appUrl() }).signIn(alice);
    const conversationId = server.channels[0]!.conversationId;
    const sent = await api.post(`/conversations/${conversationId}/messages`, { body: { clientId: crypto.randomUUID(), body: `@${bob.username} the build is green` } });
    expect(sent.status).toBe(201);

    let pushes = await receivedPushes(device);
    for (let i = 0; pushes.length === 0 && i < 50; i++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      pushes = await receivedPushes(device);
    }
    expect(pushes).toHaveLength(1);
    const plaintext = decryptPush(device, Buffer.from(pushes[0]!.body, "base64"));
    await cdp.send("ServiceWorker.deliverPushMessage", { origin: new URL(appUrl()).origin, registrationId: id, data: plaintext });

    const url = `/s/${server.slug}/general?at=${sent.body.seq}`;
    await expect.poll(() => notificationsShown(page), { timeout: 5_000 }).toEqual([{ title: "Alice Pusher in #general · Push Lab", body: `@${bob.username} the build is green`, tag: `conversation-${conversationId}`, url }]);

    // The click handler: the open tab (on /settings) is taken to the message. A worker's own script
    // can't dispatch a trusted notificationclick, so the test calls the handler's route directly.
    const worker = context.serviceWorkers().find((w) => w.url() === appUrl("/sw.js"));
    expect(worker).toBeDefined();
    await worker!.evaluate((path) => (self as unknown as { openMessage: (path: string) => Promise<unknown> }).openMessage(path), url);
    await page.waitForURL(appUrl(url));
    await page.getByRole("log", { name: "Messages" }).getByText("the build is green").waitFor();
    expect(await worker!.evaluate(() => (self as unknown as { sameOriginPath: (url: string) => string }).sameOriginPath("https://evil.example/s/x"))).toBe("/home");
    expect(errors).toEqual([]);
    await context.close();
  });
});
