import type { Browser, BrowserContext, Route } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { hideMessageForMe } from "@/lib/messages/hide-message";
import { sendMessage } from "@/lib/messages/send-message";
import { newClientId } from "@/lib/messages/client/sync";
import { appUrl, launchBrowser, newContext, signInThroughForm } from "../../support/browser";
import { createServer, createUser, unique, type TestUser } from "../../support/factories";

// The newest page of a conversation comes with the page's HTML (no fetch after load), and the
// client still catches up on what was sent between the render and its subscription.
// In e2e-latency (one file at a time): "in place" is measured to 2 px, and with three browser
// files beside it on 2 cores row 11 was once found 36 px off right after the older page landed.

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

const say = (author: TestUser, conversationId: string, body: string) => sendMessage(author, { conversationId, clientId: newClientId(), body });

async function channelWithHistory(count: number) {
  const owner = await createUser({ fullName: "Olive Owner" });
  const member = await createUser({ fullName: "Mel Member" });
  const server = await createServer(owner, { members: [[member, "MEMBER"]] });
  const { conversationId } = server.channels[0]!;
  const tag = unique("m");
  for (let i = 1; i <= count; i++) await say(i % 2 ? owner : member, conversationId, `${tag} message ${i}: ${"a few words of history ".repeat(4)}`);
  return { owner, member, conversationId, tag, path: `/s/${server.slug}/general` };
}

async function signedInContext(email: string): Promise<BrowserContext> {
  const context = await newContext(browser);
  const page = await context.newPage();
  await signInThroughForm(page, email);
  await page.close();
  return context;
}

describe("the newest messages in the first HTML", () => {
  it("are in a channel page's HTML for a member, without the messages they deleted for themself", async () => {
    const { owner, member, conversationId, tag, path } = await channelWithHistory(3);
    const hidden = await say(owner, conversationId, `${tag} hidden from Mel`);
    await hideMessageForMe(member, { messageId: hidden.id });
    await say(owner, conversationId, `${tag} the newest one`);

    const context = await signedInContext(member.email);
    const cookie = (await context.cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
    await context.close();
    const response = await fetch(appUrl(path), { headers: { cookie } });
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toMatch(new RegExp(`data-seq="5"[^]*?${tag} the newest one`)); // rendered as a row, not only as data
    expect(html).toContain(`${tag} message 1:`);
    expect(html).not.toContain(`${tag} hidden from Mel`);
  });

  it("shows them at the bottom of the list before the app's scripts run", async () => {
    const { member, tag, path } = await channelWithHistory(40);
    const context = await signedInContext(member.email);
    await context.route("**/_next/static/**/*.js", (route) => route.abort()); // no hydration: what the HTML alone shows
    const page = await context.newPage();
    await page.goto(path);
    const list = (await page.getByRole("log", { name: "Messages" }).boundingBox())!;
    const newest = (await page.locator("[data-seq]").filter({ hasText: `${tag} message 40:` }).boundingBox())!;
    const oldest = (await page.locator("[data-seq]").filter({ hasText: `${tag} message 1:` }).boundingBox())!;
    expect(newest.y + newest.height).toBeLessThanOrEqual(list.y + list.height + 1);
    expect(newest.y).toBeGreaterThan(list.y);
    expect(oldest.y + oldest.height).toBeLessThan(list.y); // scrolled out of view above
    await context.close();
  });

  it("shows a message sent after the render but before the subscription exactly once", async () => {
    const { owner, member, conversationId, tag, path } = await channelWithHistory(2);
    const context = await signedInContext(member.email);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    page.on("console", (message) => {
      if (message.type() === "error" && /hydrat/i.test(message.text())) errors.push(message.text()); // the HTML and the first render agree
    });
    const historyReads: string[] = [];
    page.on("request", (request) => {
      if (request.url().includes(`/api/conversations/${conversationId}/messages`)) historyReads.push(new URL(request.url()).search);
    });

    // Hold every subscription until the message is stored: its realtime event reaches nobody here.
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    let subscribing!: () => void;
    const firstSubscription = new Promise<void>((resolve) => (subscribing = resolve));
    await page.route("**/api/realtime/auth", async (route: Route) => {
      subscribing();
      await released;
      await route.continue();
    });

    await page.goto(path);
    const row = (text: string) => page.locator("[data-seq]").filter({ hasText: text });
    // Until React reveals the streamed page, its HTML can hold a hidden copy of the rows; the
    // counts below, once everything has settled, prove no copy stays.
    await row(`${tag} message 2:`).filter({ visible: true }).waitFor();
    await firstSubscription;
    await say(owner, conversationId, `${tag} sent meanwhile`);
    release();

    await row(`${tag} sent meanwhile`).waitFor({ timeout: 15_000 });
    await page.getByText("1 here now").or(page.getByText("2 here now")).first().waitFor({ timeout: 15_000 }); // subscribed
    await say(owner, conversationId, `${tag} sent live`);
    await row(`${tag} sent live`).waitFor({ timeout: 10_000 });
    await page.waitForTimeout(500);
    expect(await row(`${tag} sent meanwhile`).count()).toBe(1);
    expect(await row(`${tag} message 2:`).count()).toBe(1);
    expect(await page.locator("[data-seq]").evaluateAll((rows) => rows.map((r) => Number((r as HTMLElement).dataset.seq)))).toEqual([1, 2, 3, 4]);
    // The newest page came with the HTML: the browser asked only for what came after it.
    expect(historyReads.length).toBeGreaterThan(0);
    for (const query of historyReads) expect(query).toMatch(/[?&]after=2(&|$)/);
    expect(errors).toEqual([]);

    const stored = await db.message.count({ where: { conversationId, body: `${tag} sent meanwhile` } });
    expect(stored).toBe(1);
    await context.close();
  });

  it("still loads older pages in place and counts new messages while scrolled up", async () => {
    const { owner, member, conversationId, tag, path } = await channelWithHistory(60);
    const context = await signedInContext(member.email);
    const page = await context.newPage();
    await page.goto(path);
    const list = page.getByRole("log", { name: "Messages" });
    const row = (n: number) => list.locator("[data-seq]").filter({ hasText: `${tag} message ${n}:` });
    await row(60).waitFor();
    expect(await row(10).count()).toBe(0); // the newest page is 50 messages: 11–60

    // Scrolling to the top loads the older page without moving what is on screen.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/messages\?.*before=/, async (route) => {
      await held;
      await route.continue();
    });
    await row(11).scrollIntoViewIfNeeded();
    await page.getByLabel("Loading older messages").waitFor();
    const before = (await row(11).boundingBox())!.y;
    release();
    await row(1).waitFor({ state: "attached", timeout: 10_000 });
    expect(Math.abs((await row(11).boundingBox())!.y - before)).toBeLessThan(2);

    // A message arriving while scrolled up is counted, and the view stays where it is.
    await page.getByText("1 here now").waitFor({ timeout: 15_000 });
    const placed = (await row(11).boundingBox())!.y;
    await say(owner, conversationId, `${tag} while you were reading`);
    await page.getByRole("button", { name: "1 new message" }).waitFor({ timeout: 10_000 });
    expect(Math.abs((await row(11).boundingBox())!.y - placed)).toBeLessThan(2);
    await page.getByRole("button", { name: "1 new message" }).click();
    await expect.poll(() => list.evaluate((el) => el.scrollTop), { timeout: 5_000 }).toBeGreaterThan(-5);
    await context.close();
  });
});
