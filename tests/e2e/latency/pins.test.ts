import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { launchBrowser, newContext, signInThroughForm } from "../../support/browser";
import { createServer, createUser, fillConversation } from "../../support/factories";

// Pins in Chromium, two people in a channel with the real app, Soketi and Postgres: the owner pins
// from a message's menu, the member sees it live (the row's marker, their open Pinned panel), jumps
// from the panel to a pinned message far back, and can't pin themself.

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

const log = (page: Page) => page.getByRole("log", { name: "Messages" });
const row = (page: Page, seq: number) => log(page).locator(`[data-seq="${seq}"]`);

async function openChannel(email: string, path: string, errors: string[]) {
  const context = await newContext(browser);
  const page = await context.newPage();
  page.on("pageerror", (error) => errors.push(error.message));
  await signInThroughForm(page, email);
  await page.goto(path);
  await log(page).waitFor();
  return { context, page };
}

async function openMenu(page: Page, seq: number) {
  await row(page, seq).hover();
  await row(page, seq).getByRole("button", { name: "Message actions" }).click();
}

describe("pins", () => {
  it("the owner pins, the member sees it live and jumps to a pinned message 1,000 back from the Pinned panel", async () => {
    const alice = await createUser({ fullName: "Alice Pins" });
    const bob = await createUser({ fullName: "Bob Pins" });
    const server = await createServer(alice, { members: [[bob, "MEMBER"]] });
    const channel = server.channels[0]!;
    await fillConversation(channel.conversationId, alice.id, 1_200);
    const old = await db.message.findFirstOrThrow({ where: { conversationId: channel.conversationId, seq: 150 } });
    await db.pin.create({ data: { messageId: old.id, conversationId: channel.conversationId, pinnedById: alice.id } });
    const errors: string[] = [];
    const path = `/s/${server.slug}/${channel.slug}`;
    const a = await openChannel(alice.email, path, errors);
    const b = await openChannel(bob.email, path, errors);

    // Bob, a member, has no Pin in his menu; he opens the Pinned panel from the header.
    await openMenu(b.page, 1_200);
    await b.page.getByRole("menuitem", { name: "Copy link" }).waitFor();
    expect(await b.page.getByRole("menuitem", { name: "Pin", exact: true }).count()).toBe(0);
    await b.page.keyboard.press("Escape");
    await b.page.getByRole("button", { name: "Pinned messages" }).first().click();
    const panel = b.page.getByRole("dialog", { name: "Pinned messages" });
    await panel.getByRole("list", { name: "Pinned messages" }).waitFor({ timeout: 15_000 });
    expect(await panel.getByRole("listitem").count()).toBe(1);

    // Alice pins the newest message from its menu: Bob's row and his open panel follow live.
    await openMenu(a.page, 1_200);
    const started = Date.now();
    await a.page.getByRole("menuitem", { name: "Pin", exact: true }).click();
    await row(a.page, 1_200).locator("[data-pinned]").waitFor({ timeout: 5_000 });
    await expect.poll(() => panel.getByRole("listitem").count(), { timeout: 5_000 }).toBe(2);
    expect(Date.now() - started).toBeLessThan(3_000);
    expect(await panel.getByRole("listitem").first().textContent()).toContain("message 1200");
    expect(await panel.getByRole("listitem").first().textContent()).toContain("Pinned by Alice Pins");
    await row(b.page, 1_200).locator("[data-pinned]").waitFor({ timeout: 5_000 });
    expect(await panel.getByRole("button", { name: "Unpin" }).count()).toBe(0);
    await b.page.screenshot({ path: "/tmp/pins-panel.png" });

    // From the panel, Bob jumps to the message pinned 1,050 back: loaded in place, in view, lit up.
    await panel.getByRole("button", { name: /Go to Alice Pins's message/ }).last().click();
    await row(b.page, 150).waitFor({ timeout: 10_000 });
    await expect.poll(() => row(b.page, 150).getAttribute("data-jumped"), { timeout: 10_000 }).toBe("true");
    expect(await row(b.page, 150).locator("[data-pinned]").count()).toBe(1);

    // Alice unpins from her panel: Bob's marker goes.
    await a.page.getByRole("button", { name: "Pinned messages" }).first().click();
    const alicePanel = a.page.getByRole("dialog", { name: "Pinned messages" });
    await alicePanel.getByRole("listitem").first().waitFor({ timeout: 15_000 });
    await alicePanel.getByRole("button", { name: "Unpin" }).last().click();
    await expect.poll(() => alicePanel.getByRole("listitem").count(), { timeout: 5_000 }).toBe(1);
    await expect.poll(() => row(b.page, 150).locator("[data-pinned]").count(), { timeout: 5_000 }).toBe(0);
    expect(await db.pin.count({ where: { conversationId: channel.conversationId } })).toBe(1);

    expect(errors).toEqual([]);
    await Promise.all([a.context.close(), b.context.close()]);
  }, 180_000);
});
