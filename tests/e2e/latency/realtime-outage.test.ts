import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startNextApp } from "../../../scripts/lib/next-app";
import { startSoketi } from "../../../scripts/lib/services";
import { launchBrowser, signInThroughForm } from "../../support/browser";
import { createThread, createUser } from "../../support/factories";

// A realtime outage seen from two browsers. The app and both tabs use a Soketi of their own (the
// shared one serves the other test files), so this file can stop it: while it is down, every
// send from a tab is confirmed within 1 s, none waits behind another's publication, and once it
// is back the other person gets all of them, each once and in order, without reloading.

const SENDS = 10;

let browser: Browser;
let soketi: Awaited<ReturnType<typeof startSoketi>>;
let app: Awaited<ReturnType<typeof startNextApp>>;
beforeAll(async () => {
  browser = await launchBrowser();
  soketi = await startSoketi({ quiet: true, port: 0 });
  app = await startNextApp({ distDir: process.env.NEXT_DIST_DIR || ".next-test", quiet: !process.env.E2E_VERBOSE, env: soketi.env });
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await app?.stop();
  await soketi?.stop();
});

const composer = (page: Page) => page.getByRole("textbox", { name: /^Message / });
const liveStatus = (page: Page) => page.locator("[data-live-status]").getAttribute("data-live-status");
const bodies = Array.from({ length: SENDS }, (_, i) => `during the outage ${i}`);

/** Records, in the page, when each of `bodies` first shows as committed (a row with its seq). */
function recordCommits(page: Page) {
  return page.evaluate((texts) => {
    const seen: Record<string, number> = {};
    (window as unknown as { committedAt: Record<string, number> }).committedAt = seen;
    const scan = () => {
      for (const row of document.querySelectorAll<HTMLElement>("[data-seq]")) {
        const text = texts.find((t) => row.textContent?.includes(t));
        if (text && !(text in seen)) seen[text] = Date.now();
      }
    };
    new MutationObserver(scan).observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ["data-seq"] });
  }, bodies);
}

describe("a realtime outage in the browser", () => {
  it("confirms every send within 1 s while the realtime server is down, and delivers them all once, in order, when it is back", async () => {
    const alice = await createUser({ fullName: "Alice Outage" });
    const bob = await createUser({ fullName: "Bob Outage" });
    await createThread([alice, bob]); // opened from the Messages list
    const errors: string[] = [];
    const contexts: BrowserContext[] = [];
    const open = async (email: string) => {
      const context = await browser.newContext({ baseURL: app.url, viewport: { width: 1280, height: 800 } });
      contexts.push(context);
      const page = await context.newPage();
      page.on("pageerror", (error) => errors.push(error.message));
      await signInThroughForm(page, email);
      // In the app, as people get there: the thread from the Messages list.
      await page.getByRole("navigation", { name: "Direct messages" }).getByRole("link", { name: email === alice.email ? /Bob Outage/ : /Alice Outage/ }).click();
      await page.getByRole("log", { name: "Messages" }).waitFor();
      await expect.poll(() => liveStatus(page), { timeout: 30_000 }).toBe("live");
      return page;
    };

    try {
      const a = await open(alice.email);
      const b = await open(bob.email);
      await soketi.stop();
      // Both tabs say so.
      for (const page of [a, b]) await expect.poll(() => liveStatus(page), { timeout: 30_000 }).not.toBe("live");

      await recordCommits(a);
      const sentAt: Record<string, number> = {};
      for (const body of bodies) {
        await composer(a).fill(body);
        sentAt[body] = Date.now();
        await composer(a).press("Enter");
      }
      const committedAt = () => a.evaluate(() => (window as unknown as { committedAt: Record<string, number> }).committedAt);
      await expect.poll(async () => Object.keys(await committedAt()).length, { timeout: 30_000 }).toBe(SENDS);
      const committed = await committedAt();
      const waits = bodies.map((body) => committed[body]! - sentAt[body]!);
      expect(Math.max(...waits), `waits: ${waits.join(", ")} ms`).toBeLessThan(1_000);
      expect(await b.getByRole("log", { name: "Messages" }).locator("[data-seq]").filter({ hasText: "during the outage" }).count()).toBe(0);

      soketi = await startSoketi({ quiet: true, port: soketi.port });
      for (const page of [a, b]) await expect.poll(() => liveStatus(page), { timeout: 60_000 }).toMatch(/^(live|recovered)$/);
      const received = b.getByRole("log", { name: "Messages" }).locator("[data-seq]").filter({ hasText: "during the outage" });
      await expect.poll(() => received.count(), { timeout: 30_000 }).toBe(SENDS);
      const texts = await received.allTextContents();
      expect(texts.map((text) => bodies.findIndex((body) => text.includes(body)))).toEqual(bodies.map((_, i) => i));
      expect(errors).toEqual([]);
    } finally {
      await Promise.all(contexts.map((context) => context.close()));
    }
  }, 240_000);
});
