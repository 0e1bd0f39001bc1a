import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { launchBrowser, newContext, signInThroughForm } from "../support/browser";
import { createUser, unique } from "../support/factories";

// Message requests in Chromium, two people in two browser contexts: a stranger's first message
// lands under "Message requests" (live), not in the recipient's threads; accepting makes it an
// ordinary thread, ignoring makes it disappear without the sender noticing.

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

async function open(email: string, path: string, errors: string[]) {
  const page = await (await newContext(browser)).newPage();
  page.on("pageerror", (error) => errors.push(error.message));
  await signInThroughForm(page, email);
  await page.goto(path);
  return page;
}

/** The stranger starts a conversation with `recipient` from New message and sends `text`. */
async function sendFirstMessage(page: Page, recipient: { fullName: string }, text: string): Promise<string> {
  await page.goto("/t/new");
  const box = page.getByRole("combobox", { name: "People" });
  await box.fill(recipient.fullName);
  await page.getByRole("option", { name: new RegExp(recipient.fullName) }).waitFor();
  await box.press("Enter");
  await page.getByRole("button", { name: "Open conversation" }).click();
  await page.waitForURL(/\/t\/(?!new)[^/]+$/);
  const composer = page.getByRole("textbox", { name: /Message/ });
  await composer.fill(text);
  await composer.press("Enter");
  await page.getByRole("log", { name: "Messages" }).getByText(text).waitFor();
  return new URL(page.url()).pathname.split("/").pop()!;
}

const threadsNav = (page: Page) => page.getByRole("navigation", { name: "Direct messages" });
const requestsEntry = (page: Page) => threadsNav(page).getByRole("link", { name: /Message requests/ });

describe("message requests in the browser", () => {
  it("a stranger's first message waits under Message requests; accept makes it a thread; ignore makes it disappear", async () => {
    const tag = unique("r").replace(/[^a-z0-9]/gi, "");
    const [alice, sam, rita] = await Promise.all(["Alice", "Sam", "Rita"].map((name) => createUser({ fullName: `${name} ${tag}` })));
    const errors: string[] = [];
    const a = await open(alice!.email, "/t", errors);
    await threadsNav(a).waitFor();
    expect(await requestsEntry(a).count()).toBe(0);

    // Sam, who shares nothing with Alice, writes first: her Messages area counts a request, live.
    const s = await open(sam!.email, "/home", errors);
    const samThread = await sendFirstMessage(s, alice!, "Hi Alice, we met at the meetup");
    await requestsEntry(a).filter({ hasText: "1" }).waitFor({ timeout: 15_000 });
    expect(await threadsNav(a).getByRole("link", { name: new RegExp(sam!.fullName) }).count()).toBe(0);

    await requestsEntry(a).click();
    await a.waitForURL("**/t/requests");
    const list = a.getByRole("list", { name: "Message requests" });
    await list.getByText("Hi Alice, we met at the meetup").waitFor();
    await list.getByRole("link", { name: new RegExp(sam!.fullName) }).click();
    await a.waitForURL(`**/t/${samThread}`);
    await a.getByRole("log", { name: "Messages" }).getByText("Hi Alice, we met at the meetup").waitFor();
    const request = a.getByRole("region", { name: "Message request" });
    await request.getByText(`${sam!.fullName} wants to message you.`).waitFor();
    expect(await a.getByRole("textbox", { name: /Message/ }).count()).toBe(0);

    // Accept: an ordinary thread, in her list, with a composer; Sam gets her answer.
    await request.getByRole("button", { name: "Accept" }).click();
    const composer = a.getByRole("textbox", { name: /Message/ });
    await composer.waitFor();
    await threadsNav(a).getByRole("link", { name: new RegExp(sam!.fullName) }).waitFor();
    expect(await requestsEntry(a).count()).toBe(0);
    await composer.fill("Hi Sam!");
    await composer.press("Enter");
    await s.getByRole("log", { name: "Messages" }).getByText("Hi Sam!").waitFor({ timeout: 15_000 });
    expect(await db.threadParticipant.findFirst({ where: { threadId: samThread, userId: alice!.id }, select: { status: true } })).toEqual({ status: "ACCEPTED" });

    // Rita writes too; Alice ignores it: gone from her requests and threads, and Rita sees nothing change.
    const r = await open(rita!.email, "/home", errors);
    const ritaThread = await sendFirstMessage(r, alice!, "Buy my course");
    await requestsEntry(a).filter({ hasText: "1" }).waitFor({ timeout: 15_000 });
    await requestsEntry(a).click();
    await a.getByRole("list", { name: "Message requests" }).getByRole("link", { name: new RegExp(rita!.fullName) }).click();
    await a.waitForURL(`**/t/${ritaThread}`);
    await a.getByRole("region", { name: "Message request" }).getByRole("button", { name: "Ignore" }).click();
    await a.waitForURL("**/t/requests");
    await a.getByText("No message requests.").waitFor();
    expect(await requestsEntry(a).count()).toBe(0);
    expect(await threadsNav(a).getByRole("link", { name: new RegExp(rita!.fullName) }).count()).toBe(0);
    await r.reload();
    await r.getByRole("log", { name: "Messages" }).getByText("Buy my course").waitFor();
    await r.getByRole("textbox", { name: /Message/ }).waitFor();
    expect(await db.receipt.count({ where: { conversationId: (await db.thread.findUniqueOrThrow({ where: { id: ritaThread } })).conversationId, userId: alice!.id } })).toBe(0);
    expect(errors).toEqual([]);
  }, 180_000);
});
