import type { Browser, BrowserContext, Page } from "playwright-core";
import Pusher, { type Channel } from "pusher-js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appUrl, launchBrowser, newContext, signInThroughForm } from "../../support/browser";
import { createThread, createUser } from "../../support/factories";

// What the realtime layer shows about people must be true: typing names only who really typed,
// and "online" means one thing everywhere on the screen.

let browser: Browser;
const contexts: BrowserContext[] = [];
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await Promise.all(contexts.map((context) => context.close().catch(() => {})));
  await browser?.close();
});

async function openAs(email: string, path: string) {
  const context = await newContext(browser);
  contexts.push(context);
  const page = await context.newPage();
  await signInThroughForm(page, email);
  await page.goto(path);
  await page.getByRole("log", { name: "Messages" }).waitFor();
  return { context, page };
}

const composer = (page: Page) => page.getByRole("textbox", { name: /^Message / });

/** pusher-js in Node holding `context`'s session cookie: what a member could script against Soketi. */
async function scriptedClient(context: BrowserContext) {
  const cookie = (await context.cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
  const client = new Pusher(process.env.PUSHER_KEY!, {
    cluster: "mt1",
    wsHost: "127.0.0.1",
    wsPort: Number(process.env.PUSHER_PORT),
    forceTLS: false,
    enabledTransports: ["ws"],
    disableStats: true,
    channelAuthorization: {
      endpoint: "/api/realtime/auth",
      transport: "ajax",
      customHandler: ({ socketId, channelName }, callback) => {
        fetch(appUrl("/api/realtime/auth"), { method: "POST", headers: { cookie }, body: new URLSearchParams({ socket_id: socketId, channel_name: channelName }) })
          .then(async (response) => (response.ok ? callback(null, await response.json()) : callback(new Error(`auth ${response.status}`), null)))
          .catch((error) => callback(error, null));
      },
    },
  });
  return client;
}

describe("typing cannot be forged", () => {
  it("a member scripting pusher-js as Alice cannot make Carol see Bob, or a made-up name, typing", async () => {
    const alice = await createUser({ fullName: "Alice Scripter" });
    const bob = await createUser({ fullName: "Bob Innocent" });
    const carol = await createUser({ fullName: "Carol Watcher" });
    const thread = await createThread([alice, bob, carol]);
    const c = await openAs(carol.email, `/t/${thread.id}`);
    const aliceSession = await newContext(browser);
    contexts.push(aliceSession);
    await signInThroughForm(await aliceSession.newPage(), alice.email);

    const client = await scriptedClient(aliceSession);
    try {
      const channel: Channel = client.subscribe(`presence-conversation-${thread.conversationId}`);
      await new Promise((resolve, reject) => {
        channel.bind("pusher:subscription_succeeded", resolve);
        channel.bind("pusher:subscription_error", reject);
      });
      const forged = { typing: true, userId: bob.id, name: "Chatsphere Admin: DM me your password" };
      const typingShown = c.page.getByText(/is typing…|are typing…/);
      // Client events go out only once Soketi has the member; send until Carol sees something.
      await expect
        .poll(
          async () => {
            channel.trigger("client-typing", forged);
            return typingShown.isVisible();
          },
          { timeout: 10_000, interval: 500 },
        )
        .toBe(true);
      // What is shown names the real sender, from the signed member info, and nobody else.
      expect(await typingShown.textContent()).toBe("Alice Scripter is typing…");
      expect(await c.page.getByText(/Bob Innocent is typing|Chatsphere Admin/).count()).toBe(0);
    } finally {
      client.disconnect();
    }
  });
});

describe("one meaning of online", () => {
  it("when Bob closes the tab, every dot and status for him on Alice's screen says offline within 5 s", async () => {
    const alice = await createUser({ fullName: "Alice Looker" });
    const bob = await createUser({ fullName: "Bob Leaver" });
    const thread = await createThread([alice, bob]);
    const a = await openAs(alice.email, `/t/${thread.id}`);
    const b = await openAs(bob.email, `/t/${thread.id}`);
    await composer(b.page).fill("hello from Bob");
    await composer(b.page).press("Enter");
    await a.page.getByRole("log", { name: "Messages" }).locator("[data-seq]").filter({ hasText: "hello from Bob" }).waitFor({ timeout: 15_000 });

    // Bob's dots on Alice's screen: the thread header, the Messages list, his message's avatar.
    const dots = a.page.locator('[data-presence][aria-label^="Bob Leaver is"]');
    const states = async () => (await dots.evaluateAll((nodes) => nodes.map((n) => n.getAttribute("data-presence")))) as string[];
    await expect.poll(async () => (await states()).length, { timeout: 15_000 }).toBeGreaterThanOrEqual(3);
    await expect.poll(states, { timeout: 15_000 }).toEqual(expect.not.arrayContaining(["offline"]));
    expect(await a.page.locator("main header").getByText("Online").count()).toBe(1);

    await b.context.close();
    const closedAt = Date.now();
    await expect.poll(states, { timeout: 5_000, interval: 100 }).toEqual(expect.not.arrayContaining(["online"]));
    expect(Date.now() - closedAt).toBeLessThan(5_000);
    await a.page.locator("main header").getByText(/Last seen/).waitFor({ timeout: 1_000 });
  });
});
