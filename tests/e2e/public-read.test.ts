import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { launchBrowser, newContext } from "../support/browser";
import { createChannel, createServer, createUser, fillConversation, TEST_PASSWORD, unique } from "../support/factories";

// A signed-out visitor reads a public server's channels read-only and signs in to join, landing
// back on the channel; on a wide screen and a phone.

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

describe("reading a public server signed out, in Chromium", () => {
  it.each([{ mobile: false }, { mobile: true }])("from / to Explore to a server to a channel, then sign in and land there (phone: $mobile)", async ({ mobile }) => {
    const owner = await createUser();
    const reader = await createUser();
    const word = unique("stargazing");
    const server = await createServer(owner, { name: `Stargazing ${word}` });
    const telescopes = await createChannel(server, "telescopes");
    await fillConversation(telescopes.conversationId, owner.id, 55); // "message 1" … "message 55": one page and a bit
    const page = await (await newContext(browser, { mobile })).newPage();
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));

    await page.goto("/");
    await page.getByRole("link", { name: "Explore public rooms" }).click();
    await page.waitForURL((url) => url.pathname === "/explore");
    await page.getByRole("searchbox", { name: "Search servers" }).fill(word);
    await page.waitForURL((url) => url.searchParams.get("q") === word);
    await page.getByRole("link", { name: server.name, exact: true }).click();
    await page.waitForURL((url) => url.pathname === `/explore/${server.slug}/general`);

    await page.getByRole("navigation", { name: `${server.name} channels` }).getByRole("link", { name: "telescopes" }).click();
    await page.waitForURL((url) => url.pathname === `/explore/${server.slug}/telescopes`);
    const log = page.getByRole("log", { name: "Messages" });
    await log.getByText("message 55", { exact: true }).waitFor();
    expect(await log.getByText("message 5", { exact: true }).count()).toBe(0); // older than the first page
    await log.getByRole("button", { name: "Show older messages" }).click();
    await log.getByText("message 1", { exact: true }).waitFor();
    await log.getByText("This is the beginning of #telescopes.").waitFor();

    // Read-only: nothing to type in, nothing live.
    expect(await page.getByRole("textbox").count()).toBe(0);
    const prompt = page.getByRole("region", { name: "Join" });
    await prompt.getByText(`You're reading ${server.name} as a guest.`).waitFor();
    await prompt.getByRole("link", { name: "Sign in to join" }).click();

    await page.waitForURL((url) => url.pathname === "/signin");
    await page.getByLabel("Email").fill(reader.email);
    await page.getByLabel("Password", { exact: true }).fill(TEST_PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL((url) => url.pathname === `/s/${server.slug}/telescopes`);
    await page.getByRole("button", { name: "Join server" }).click();
    await page.getByRole("textbox", { name: /Message #telescopes/ }).waitFor();
    expect(errors).toEqual([]);
  });

  it("answers 404 for a private server's channel, and sends a signed-in reader to the app", async () => {
    const owner = await createUser();
    const server = await createServer(owner, { visibility: "PRIVATE", name: `Hidden ${unique("h")}` });
    const page = await (await newContext(browser)).newPage();
    expect((await page.goto(`/explore/${server.slug}/general`))?.status()).toBe(404);
    expect((await page.goto(`/explore/${server.slug}`))?.status()).toBe(404);
    expect(await page.getByText(server.name).count()).toBe(0);
    await db.server.update({ where: { id: server.id }, data: { visibility: "PUBLIC" } });
    expect((await page.goto(`/explore/${server.slug}/general`))?.status()).toBe(200);
  });
});
