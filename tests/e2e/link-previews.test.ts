import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, newContext, signInThroughForm } from "../support/browser";
import { createServer, createUser, unique } from "../support/factories";

// Link previews in Chromium against the built app: Alice sends a link to the local test site
// (tests/support/link-site.ts, allowed to the fetcher by the test allowlist); Bob sees its card
// arrive live with the image loaded from our store, never from the linked site; Alice removes it.

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

const log = (page: Page) => page.getByRole("log", { name: "Messages" });

async function openChannel(email: string, serverName: string, errors: string[], requested: string[]) {
  const context = await newContext(browser);
  const page = await context.newPage();
  page.on("pageerror", (error) => errors.push(error.message));
  page.on("request", (request) => requested.push(request.url()));
  await signInThroughForm(page, email);
  await page.getByRole("navigation", { name: "Servers" }).getByRole("link", { name: serverName }).click();
  await log(page).waitFor();
  return page;
}

describe("link previews", () => {
  it("B sees the card of A's link live, its image from our store; A removes it and it goes for B too", async () => {
    const alice = await createUser({ fullName: "Alice Links" });
    const bob = await createUser({ fullName: "Bob Links" });
    const name = `Reading club ${unique()}`;
    await createServer(alice, { name, members: [[bob, "MEMBER"]] });
    const errors: string[] = [];
    const bobRequests: string[] = [];
    const a = await openChannel(alice.email, name, errors, []);
    const b = await openChannel(bob.email, name, errors, bobRequests);

    const site = process.env.LINK_SITE_URL!;
    const composer = a.getByRole("textbox", { name: /^Message / });
    await composer.fill(`have a look ${site}/article-e2e`);
    await composer.press("Enter");

    const card = log(b).getByRole("group", { name: "Link preview: Article e2e: Tom & Jerry" });
    await card.waitFor({ timeout: 20_000 });
    await expect.poll(() => card.textContent()).toContain("Link Site");
    expect(await card.getByRole("link", { name: "Article e2e: Tom & Jerry" }).getAttribute("href")).toBe(`${site}/article-e2e`);
    expect(await card.textContent()).toContain("A cat & a mouse, <script>alert(1)</script>"); // text, never HTML
    const image = card.locator("img");
    await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth), { timeout: 10_000 }).toBe(600);
    expect(await image.getAttribute("src")).toMatch(/^\/api\/link-previews\/\w+\/image$/);
    // Bob's browser never asked the linked site for anything.
    expect(bobRequests.filter((url) => url.startsWith(site))).toEqual([]);
    // Only the author is offered to remove it.
    expect(await card.getByRole("button", { name: "Remove preview" }).count()).toBe(0);

    const own = log(a).getByRole("group", { name: "Link preview: Article e2e: Tom & Jerry" });
    await own.getByRole("button", { name: "Remove preview" }).click();
    await own.waitFor({ state: "detached", timeout: 10_000 });
    await card.waitFor({ state: "detached", timeout: 10_000 });
    expect(errors).toEqual([]);
  }, 120_000); // two people signing in through the form, on a busy machine
});
