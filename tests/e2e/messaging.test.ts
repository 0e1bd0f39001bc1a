import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, newContext, signInThroughForm } from "../support/browser";
import { createServer, createThread, createUser } from "../support/factories";

// Two people in two Chromium contexts, talking through the real app, Soketi and Postgres.

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

async function openAs(email: string, path: string, errors: string[]) {
  const context = await newContext(browser);
  const page = await context.newPage();
  page.on("pageerror", (error) => errors.push(error.message));
  await signInThroughForm(page, email);
  await page.goto(path);
  await page.getByRole("log", { name: "Messages" }).waitFor();
  return { context, page };
}

const composer = (page: Page) => page.getByRole("textbox", { name: /^Message / });
// Rows in the message log: the streamed page can hold a hidden copy of its first render elsewhere.
const messageRow = (page: Page, text: string) => page.getByRole("log", { name: "Messages" }).locator("[data-seq]").filter({ hasText: text });

describe("messaging in the browser", () => {
  it("shows typing, messages, both deletes and presence live between two people", async () => {
    const alice = await createUser({ fullName: "Alice Example" });
    const bob = await createUser({ fullName: "Bob Example" });
    const thread = await createThread([alice, bob]);
    const errors: string[] = [];
    const a = await openAs(alice.email, `/t/${thread.id}`, errors);
    const b = await openAs(bob.email, `/t/${thread.id}`, errors);

    // Presence: each sees the other online in the thread's header.
    const bobDot = a.page.locator("main header [data-presence]").first();
    await expect.poll(() => bobDot.getAttribute("data-presence"), { timeout: 15_000 }).toBe("online");

    // A types: B sees "Alice Example is typing…".
    await composer(a.page).pressSequentially("Hello Bob", { delay: 30 });
    await b.page.getByText("Alice Example is typing…").waitFor({ timeout: 10_000 });

    // A sends with Enter: B sees it without reloading, the indicator goes away.
    await composer(a.page).press("Enter");
    await messageRow(b.page, "Hello Bob").waitFor({ timeout: 10_000 });
    await b.page.getByText("Alice Example is typing…").waitFor({ state: "hidden", timeout: 10_000 });
    expect(await composer(a.page).inputValue()).toBe("");

    // Shift+Enter makes a new line; links are links, HTML stays text.
    await composer(b.page).fill("see https://example.com/docs");
    await composer(b.page).press("Shift+Enter");
    await composer(b.page).pressSequentially("<b>not bold</b>");
    await composer(b.page).press("Enter");
    const reply = messageRow(a.page, "not bold");
    await reply.waitFor({ timeout: 10_000 });
    expect(await reply.locator("b").count()).toBe(0);
    expect(await reply.getByText("<b>not bold</b>").count()).toBe(1);
    const link = reply.getByRole("link", { name: "https://example.com/docs" });
    expect(await link.getAttribute("rel")).toBe("noopener noreferrer nofollow");

    // A's message was on B's screen: A sees it read.
    await a.page.getByText("Seen", { exact: true }).waitFor({ timeout: 10_000 });

    // A deletes for everyone: B sees the placeholder.
    await deleteMessage(a.page, "Hello Bob", "Delete for everyone");
    await messageRow(b.page, "This message was deleted").waitFor({ timeout: 10_000 });
    expect(await messageRow(b.page, "Hello Bob").count()).toBe(0);

    // B deletes A's next message for themself: gone for B, still there for A.
    await composer(a.page).fill("Keep this for me");
    await composer(a.page).press("Enter");
    await messageRow(b.page, "Keep this for me").waitFor({ timeout: 10_000 });
    await deleteMessage(b.page, "Keep this for me", "Delete for me");
    await messageRow(b.page, "Keep this for me").waitFor({ state: "detached", timeout: 10_000 });
    await a.page.waitForTimeout(500);
    expect(await messageRow(a.page, "Keep this for me").count()).toBe(1);
    await b.page.reload();
    await b.page.getByRole("log", { name: "Messages" }).waitFor();
    await messageRow(b.page, "not bold").waitFor();
    expect(await messageRow(b.page, "Keep this for me").count()).toBe(0);

    // B goes offline: A sees the dot change.
    await b.context.close();
    await expect.poll(() => bobDot.getAttribute("data-presence"), { timeout: 15_000 }).toBe("offline");
    await a.page.getByText(/Last seen/).first().waitFor();

    expect(errors).toEqual([]);
    await a.context.close();
  });
});

describe("messaging in a server channel", () => {
  it("delivers live, shows who is here, and lets a moderator delete anyone's message", async () => {
    const owner = await createUser({ fullName: "Olive Owner" });
    const member = await createUser({ fullName: "Mel Member" });
    const server = await createServer(owner, { members: [[member, "MEMBER"]] });
    const path = `/s/${server.slug}/general`;
    const errors: string[] = [];
    const o = await openAs(owner.email, path, errors);
    const m = await openAs(member.email, path, errors);

    await o.page.getByText("2 here now").waitFor({ timeout: 15_000 });
    await m.page.getByText("2 here now").waitFor({ timeout: 15_000 });

    await composer(m.page).pressSequentially("hi", { delay: 30 });
    await o.page.getByText("Mel Member is typing…").waitFor({ timeout: 10_000 });
    await composer(m.page).press("Enter");
    await messageRow(o.page, "hi").waitFor({ timeout: 10_000 });

    await deleteMessage(o.page, "hi", "Delete for everyone");
    await messageRow(m.page, "This message was deleted").waitFor({ timeout: 10_000 });

    await m.context.close();
    await o.page.getByText("1 here now").waitFor({ timeout: 15_000 });
    expect(errors).toEqual([]);
    await o.context.close();
  });
});

async function deleteMessage(page: Page, text: string, action: "Delete for everyone" | "Delete for me") {
  const row = messageRow(page, text);
  await row.hover();
  await row.getByRole("button", { name: "Message actions" }).click();
  await page.getByRole("menuitem", { name: action }).click();
  await page.getByRole("dialog").getByRole("button", { name: action }).click();
  await page.getByRole("dialog").waitFor({ state: "detached" });
}
