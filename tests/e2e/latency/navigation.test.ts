import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { startNextDev } from "../../../scripts/lib/next-app";
import { waitForHttp } from "../../../scripts/lib/services";
import { launchBrowser, signInThroughForm } from "../../support/browser";
import { createChannel, createServer, createThread, createUser } from "../../support/factories";

// Two people, A and B, in two Chromium contexts. A moves around the app the way people do —
// the server rail, the channel sidebar, the Messages list, back and forth quickly — and at every
// stop what B does there (presence, typing, a message) must reach A live, without a reload.
// Run on `next start` (the e2e build) and on `next dev`, where React StrictMode mounts every
// component twice: the path every newcomer takes first.

/** What B does must reach A this fast once A's conversation is live. */
const LIVE_MS = 2_000;
/** Arriving: loading the page, and in dev compiling it on first visit, then subscribing. */
const ARRIVE_MS = 60_000;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

describe("soft navigation on next start", () => {
  it("keeps every conversation live on every path, ten rounds", async () => {
    await walk(inject("appUrl"));
  }, 300_000);
});

describe("soft navigation on next dev (StrictMode)", () => {
  let dev: Awaited<ReturnType<typeof startNextDev>> | undefined;
  beforeAll(async () => {
    dev = await startNextDev({ distDir: ".next-dev-test", quiet: !process.env.E2E_VERBOSE });
    // The sign-in page compiles on its first visit: here, not inside the form's 30 s page load.
    await waitForHttp(`${dev.url}/signin`, 180_000);
  }, 420_000);
  afterAll(() => dev?.stop());

  it("keeps every conversation live on every path, ten rounds", async () => {
    await walk(dev!.url);
  }, 400_000);
});

type Stop = "general" | "random" | "thread";

async function walk(baseURL: string) {
  const alice = await createUser({ fullName: "Alice Walker" });
  const bob = await createUser({ fullName: "Bob Stayer" });
  const server = await createServer(alice, { name: "Walk club", members: [[bob, "MEMBER"]] });
  await createChannel(server, "random", 1);
  const thread = await createThread([alice, bob]);
  const paths: Record<Stop, string> = { general: `/s/${server.slug}/general`, random: `/s/${server.slug}/random`, thread: `/t/${thread.id}` };

  const errors: string[] = [];
  const contexts: BrowserContext[] = [];
  const open = async (email: string) => {
    const context = await browser.newContext({ baseURL, viewport: { width: 1280, height: 800 } });
    contexts.push(context);
    const page = await context.newPage();
    page.on("pageerror", (error) => errors.push(error.message));
    await signInThroughForm(page, email);
    return page;
  };

  try {
    // B keeps the three conversations open, one tab each.
    const b = {} as Record<Stop, Page>;
    const first = await open(bob.email);
    for (const stop of ["general", "random", "thread"] as const) {
      b[stop] = stop === "general" ? first : await first.context().newPage();
      await b[stop].goto(paths[stop], { timeout: ARRIVE_MS });
      await conversationLog(b[stop]).waitFor({ timeout: ARRIVE_MS });
    }

    const a = await open(alice.email);
    await a.waitForURL("**/home", { timeout: ARRIVE_MS });
    const rail = a.getByRole("navigation", { name: "Servers" });

    const check = (stop: Stop, round: number) =>
      checkStop(stop, round).catch((error: Error) => {
        throw new Error(`round ${round}, at ${stop}: ${error.message}`, { cause: error });
      });
    const checkStop = async (stop: Stop, round: number) => {
      await a.waitForURL((url) => url.pathname === paths[stop], { timeout: ARRIVE_MS });
      await conversationLog(a).waitFor({ timeout: ARRIVE_MS });
      // Presence: B is shown here now / online once A's page has joined.
      if (stop === "thread") await expect.poll(() => a.locator("main header [data-presence]").first().getAttribute("data-presence"), { timeout: ARRIVE_MS }).toBe("online");
      else await a.getByText("2 here now").waitFor({ timeout: ARRIVE_MS });
      await expect.poll(() => a.locator("[data-live-status]").getAttribute("data-live-status"), { timeout: ARRIVE_MS }).toBe("live");

      // Typing, then a message, each within LIVE_MS of leaving B.
      await composer(b[stop]).pressSequentially("x");
      await a.getByText("Bob Stayer is typing…").waitFor({ timeout: LIVE_MS });
      const text = `round ${round} at ${stop}`;
      await composer(b[stop]).fill(text);
      await composer(b[stop]).press("Enter");
      await messageRow(b[stop], text).waitFor({ timeout: ARRIVE_MS }); // committed: it has a seq
      await messageRow(a, text).waitFor({ timeout: LIVE_MS });
    };

    for (let round = 1; round <= 10; round++) {
      await rail.getByRole("link", { name: "Walk club" }).click();
      await check("general", round);

      // Quickly there and back before anything settles (leave and re-enter within a round trip).
      await channelLink(a, "random").click();
      await a.waitForURL((url) => url.pathname === paths.random, { timeout: ARRIVE_MS });
      await channelLink(a, "general").click();
      await a.waitForURL((url) => url.pathname === paths.general, { timeout: ARRIVE_MS });
      await channelLink(a, "random").click();
      await check("random", round);

      await rail.getByRole("link", { name: "Home" }).click();
      await a.getByRole("navigation", { name: "Direct messages" }).getByRole("link", { name: /Bob Stayer/ }).click();
      await check("thread", round);
    }
    expect(errors).toEqual([]);
  } finally {
    await Promise.all(contexts.map((context) => context.close()));
  }
}

const conversationLog = (page: Page) => page.getByRole("log", { name: "Messages" });
const composer = (page: Page) => page.getByRole("textbox", { name: /^Message / });
const messageRow = (page: Page, text: string) => page.getByRole("log", { name: "Messages" }).locator("[data-seq]").filter({ hasText: text });
const channelLink = (page: Page, name: string) => page.getByRole("link", { name: new RegExp(`^${name}( unread)?$`) }); // "unread": its dot
