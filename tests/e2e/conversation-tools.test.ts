import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { launchBrowser, newContext, signInThroughForm } from "../support/browser";
import { composer, messageRow, openConversation, row, signedIn } from "../support/conversation-page";
import { createServer, createThread, createUser, fillConversation } from "../support/factories";

// Conversation tools in Chromium, with the real app, Soketi and Postgres: message links and jumps.

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

/** True when the row is inside the message list's visible area. */
function inView(page: Page, seq: number) {
  return row(page, seq).evaluate((element) => {
    const list = element.closest('[role="log"]')!.getBoundingClientRect();
    const box = element.getBoundingClientRect();
    return box.top >= list.top && box.bottom <= list.bottom;
  });
}

describe("message links", () => {
  it("open the conversation in place at a message thousands back, and say when a message is gone or private", async () => {
    const alice = await createUser({ fullName: "Alice Links" });
    const bob = await createUser({ fullName: "Bob Links" });
    const outsider = await createUser();
    const server = await createServer(alice, { visibility: "PRIVATE", members: [[bob, "MEMBER"]] });
    const channel = server.channels[0]!;
    await fillConversation(channel.conversationId, alice.id, 3_000);
    const target = await db.message.findFirstOrThrow({ where: { conversationId: channel.conversationId, seq: 120 } });
    const errors: string[] = [];

    // Bob opens the link from outside the app: the channel opens at message 120, in view and lit up.
    const b = await signedIn(browser, bob.email, errors);
    await b.page.goto(`/m/${target.id}`);
    await b.page.waitForURL(`**/s/${server.slug}/general?at=120`);
    await row(b.page, 120).waitFor();
    await expect.poll(() => inView(b.page, 120), { timeout: 10_000 }).toBe(true);
    expect(await row(b.page, 120).getAttribute("data-jumped")).toBe("true");
    expect(await row(b.page, 3_000).count()).toBe(0);

    // Scrolling down loads the next pages in place; "Jump to latest" goes to the newest.
    await b.page.getByRole("button", { name: "Jump to latest" }).click({ timeout: 15_000 });
    await row(b.page, 3_000).waitFor({ timeout: 10_000 });
    await expect.poll(() => inView(b.page, 3_000), { timeout: 10_000 }).toBe(true);

    // "Copy link" on a message gives its /m/ link.
    const newest = row(b.page, 3_000);
    await newest.hover();
    await newest.getByRole("button", { name: "Message actions" }).click();
    await b.page.getByRole("menuitem", { name: "Copy link" }).click();
    await b.page.getByText("Link copied").waitFor();
    const newestId = (await db.message.findFirstOrThrow({ where: { conversationId: channel.conversationId, seq: 3_000 } })).id;
    expect(await b.page.evaluate(() => navigator.clipboard.readText())).toBe(new URL(`/m/${newestId}`, b.page.url()).toString());

    // A deleted message, and a message someone may not see.
    await db.message.update({ where: { id: target.id }, data: { deletedAt: new Date(), body: "" } });
    await b.page.goto(`/m/${target.id}`);
    await b.page.getByRole("heading", { name: "Message deleted" }).waitFor();
    const o = await signedIn(browser, outsider.email, errors);
    await o.page.goto(`/m/${newestId}`);
    await o.page.getByRole("heading", { name: "You can't see this message" }).waitFor();
    expect(o.page.url()).toContain(`/m/${newestId}`);
    expect(errors).toEqual([]);
    await Promise.all([b.context.close(), o.context.close()]);
  }, 180_000);
});

describe("editing", () => {
  it("A edits with the keyboard; B sees the new text, (edited) and the history live", async () => {
    const alice = await createUser({ fullName: "Alice Edits" });
    const bob = await createUser({ fullName: "Bob Reads" });
    const thread = await createThread([alice, bob]);
    const errors: string[] = [];
    const a = await openConversation(browser, alice.email, `/t/${thread.id}`, errors);
    const b = await openConversation(browser, bob.email, `/t/${thread.id}`, errors);

    await composer(a.page).fill("Helo wrold");
    await composer(a.page).press("Enter");
    await messageRow(b.page, "Helo wrold").waitFor({ timeout: 15_000 });

    // ↑ in the empty composer edits the last message; Esc cancels, Enter saves.
    await expect.poll(() => row(a.page, 1).count(), { timeout: 15_000 }).toBe(1);
    await composer(a.page).press("ArrowUp");
    const editor = a.page.getByRole("textbox", { name: "Edit message" });
    await editor.fill("never saved");
    await editor.press("Escape");
    await editor.waitFor({ state: "detached" });
    await composer(a.page).press("ArrowUp");
    await editor.fill("Hello world");
    await a.page.screenshot({ path: "/tmp/convo-tools-editor.png" });
    await editor.press("Enter");
    await editor.waitFor({ state: "detached", timeout: 15_000 });

    const edited = messageRow(b.page, "Hello world");
    await edited.waitFor({ timeout: 15_000 });
    await edited.getByRole("button", { name: "(edited)" }).click();
    const history = b.page.getByRole("dialog", { name: "Edit history" });
    await history.getByText("Helo wrold").waitFor({ timeout: 15_000 });
    for (const dark of [false, true]) {
      await b.page.emulateMedia({ colorScheme: dark ? "dark" : "light" });
      await b.page.screenshot({ path: `/tmp/convo-tools-history-${dark ? "dark" : "light"}.png` });
    }
    expect(await history.getByText("never saved").count()).toBe(0);
    expect(await messageRow(a.page, "Hello world").getByRole("button", { name: "(edited)" }).count()).toBe(1);
    expect(errors).toEqual([]);
    await Promise.all([a.context.close(), b.context.close()]);
  }, 180_000);
});

describe("replies", () => {
  it("A replies to a message 10,000 back; B clicks the quote and lands on it in place", async () => {
    const alice = await createUser({ fullName: "Alice Replies" });
    const bob = await createUser({ fullName: "Bob Follows" });
    const thread = await createThread([alice, bob]);
    await fillConversation(thread.conversationId, alice.id, 10_000);
    const errors: string[] = [];
    const b = await openConversation(browser, bob.email, `/t/${thread.id}`, errors);
    await row(b.page, 10_000).waitFor();

    // Alice opens the thread at message 5 and replies to it from its menu.
    const a = await openConversation(browser, alice.email, `/t/${thread.id}?at=5`, errors);
    await row(a.page, 5).waitFor();
    await row(a.page, 5).hover();
    await row(a.page, 5).getByRole("button", { name: "Message actions" }).click();
    await a.page.getByRole("menuitem", { name: "Reply" }).click();
    await a.page.locator("[data-replying]").getByText("message 5").waitFor();
    await composer(a.page).fill("Back to this one");
    await composer(a.page).press("Enter");
    await a.page.locator("[data-replying]").waitFor({ state: "detached" });
    await messageRow(a.page, "Back to this one").waitFor({ timeout: 15_000 });

    // Bob sees the reply live with its quote; clicking it opens the page around message 5.
    const answer = messageRow(b.page, "Back to this one");
    await answer.waitFor({ timeout: 15_000 });
    const quote = answer.getByRole("button", { name: /Alice Replies\s*message 5$/ });
    await quote.click();
    await row(b.page, 5).waitFor({ timeout: 15_000 });
    await expect.poll(() => inView(b.page, 5), { timeout: 10_000 }).toBe(true);
    expect(await row(b.page, 5).getAttribute("data-jumped")).toBe("true");
    expect(await row(b.page, 10_000).count()).toBe(0);
    await b.page.screenshot({ path: "/tmp/convo-tools-reply-jump.png" });
    expect(errors).toEqual([]);
    await Promise.all([a.context.close(), b.context.close()]);
  }, 180_000);
});

describe("on a phone", () => {
  it("a long-press on a message opens its menu with every action and quick reactions", async () => {
    const alice = await createUser({ fullName: "Alice Phone" });
    const bob = await createUser({ fullName: "Bob Phone" });
    const thread = await createThread([alice, bob]);
    await fillConversation(thread.conversationId, bob.id, 3);
    const errors: string[] = [];
    const context = await newContext(browser, { mobile: true });
    const page = await context.newPage();
    page.on("pageerror", (error) => errors.push(error.message));
    await signInThroughForm(page, alice.email);
    await page.goto(`/t/${thread.id}`);
    const target = row(page, 3);
    await target.waitFor();

    const longPress = async () => {
      const box = (await target.boundingBox())!;
      const at = { pointerType: "touch", isPrimary: true, pointerId: 7, button: 0, clientX: box.x + 60, clientY: box.y + box.height / 2 };
      await target.dispatchEvent("pointerdown", at);
      await page.waitForTimeout(700);
      await target.dispatchEvent("pointerup", at);
    };
    // A short touch does nothing; a long one opens the menu.
    const box = (await target.boundingBox())!;
    const at = { pointerType: "touch", isPrimary: true, pointerId: 7, button: 0, clientX: box.x + 60, clientY: box.y + box.height / 2 };
    await target.dispatchEvent("pointerdown", at);
    await target.dispatchEvent("pointerup", at);
    await page.waitForTimeout(700);
    expect(await page.getByRole("menu").count()).toBe(0);

    await longPress();
    const menu = page.getByRole("menu");
    await menu.waitFor({ timeout: 10_000 });
    for (const name of ["React with 👍", "Reply", "Copy text", "Copy link", "Delete for me", "Report"]) {
      await menu.getByRole("menuitem", { name }).waitFor();
    }
    await page.screenshot({ path: "/tmp/convo-tools-phone-menu.png" });
    await menu.getByRole("menuitem", { name: "React with 👍" }).click();
    await target.locator('[data-reaction="👍"]').waitFor({ timeout: 10_000 });

    await longPress();
    await page.getByRole("menu").getByRole("menuitem", { name: "Reply" }).click();
    await page.locator("[data-replying]").getByText("message 3").waitFor();
    await composer(page).fill("From my phone");
    await composer(page).press("Enter");
    await messageRow(page, "From my phone").getByRole("button", { name: /Bob Phone\s*message 3$/ }).waitFor({ timeout: 15_000 });
    expect(errors).toEqual([]);
    await context.close();
  }, 180_000);
});

describe("formatting", () => {
  it("renders the Markdown subset as elements: bold, code, a spoiler revealed by a click, no HTML", async () => {
    const alice = await createUser({ fullName: "Alice Formats" });
    const bob = await createUser({ fullName: "Bob Formats" });
    const thread = await createThread([alice, bob]);
    const errors: string[] = [];
    const a = await openConversation(browser, alice.email, `/t/${thread.id}`, errors);
    const b = await openConversation(browser, bob.email, `/t/${thread.id}`, errors);
    await composer(a.page).fill("**bold** `x < y` ||the butler|| <img src=x onerror=alert(1)>");
    await composer(a.page).press("Enter");
    const message = messageRow(b.page, "bold");
    await message.waitFor({ timeout: 15_000 });
    expect(await message.locator("strong").textContent()).toBe("bold");
    expect(await message.locator("code").textContent()).toBe("x < y");
    expect(await message.locator("img").count()).toBe(0);
    expect(await message.textContent()).toContain("<img src=x onerror=alert(1)>");
    const spoiler = message.getByRole("button", { name: "Spoiler: show it" });
    await spoiler.click();
    await message.locator('[data-spoiler="shown"]').getByText("the butler").waitFor();

    // A fenced block in a named language is coloured once the highlighter (loaded on first use) is in; its text stays as typed.
    const code = 'const tag = "<script>alert(1)</script>"; // not run';
    await composer(a.page).fill(`\`\`\`ts\n${code}\n\`\`\``);
    await composer(a.page).press("Enter");
    const block = messageRow(b.page, "not run").locator("pre code");
    await block.and(b.page.locator("[data-highlighted]")).waitFor({ timeout: 15_000 });
    expect(await block.textContent()).toBe(code);
    expect(await block.locator(".hljs-keyword").first().textContent()).toBe("const");
    expect(await block.locator(".hljs-string").textContent()).toBe('"<script>alert(1)</script>"');
    expect(await block.locator("script").count()).toBe(0);
    expect(errors).toEqual([]);
    await Promise.all([a.context.close(), b.context.close()]);
  }, 180_000);
});

describe("mentions", () => {
  it("@username shows as a chip, and the row is highlighted for the person named", async () => {
    const alice = await createUser({ fullName: "Alice Mentions" });
    const bob = await createUser({ fullName: "Bob Mentioned" });
    const server = await createServer(alice, { members: [[bob, "MEMBER"]] });
    const channel = server.channels[0]!;
    const errors: string[] = [];
    const a = await openConversation(browser, alice.email, `/s/${server.slug}/${channel.slug}`, errors);
    const b = await openConversation(browser, bob.email, `/s/${server.slug}/${channel.slug}`, errors);
    // The @-autocomplete: the start of Bob's username lists him; Enter inserts it.
    await composer(a.page).pressSequentially(`Thanks @${bob.username.slice(0, 3)}`);
    const list = a.page.getByRole("listbox", { name: "People to mention" });
    await list.getByRole("option", { name: new RegExp(`@${bob.username}`) }).waitFor({ timeout: 10_000 });
    await composer(a.page).press("Enter");
    await list.waitFor({ state: "detached" });
    expect(await composer(a.page).inputValue()).toBe(`Thanks @${bob.username} `);
    await composer(a.page).pressSequentially("! and @nobody_here");
    await composer(a.page).press("Escape");
    await composer(a.page).press("Enter");
    const onB = messageRow(b.page, "Thanks");
    await onB.waitFor({ timeout: 15_000 });
    await onB.locator(`[data-mention="${bob.username}"]`).waitFor();
    expect(await onB.locator("[data-mention]").count()).toBe(1);
    expect(await onB.getAttribute("data-mentions-me")).toBe("true");
    const onA = messageRow(a.page, "Thanks");
    await onA.locator(`[data-mention="${bob.username}"]`).waitFor({ timeout: 15_000 });
    expect(await onA.getAttribute("data-mentions-me")).toBeNull();
    await b.page.screenshot({ path: "/tmp/convo-tools-mention.png" });

    // The chip's card: on hover with a mouse (who it is, Message and Block), and on a tap.
    await onA.locator(`[data-mention="${bob.username}"]`).hover();
    const card = a.page.locator(`[data-user-card="${bob.username}"]`);
    await card.waitFor({ timeout: 10_000 });
    expect(await card.textContent()).toContain("Bob Mentioned");
    await card.getByRole("button", { name: "Message" }).waitFor();
    await a.page.mouse.move(0, 0);
    await card.waitFor({ state: "detached", timeout: 5_000 });
    await onB.locator(`[data-mention="${bob.username}"]`).click();
    await b.page.locator(`[data-user-card="${bob.username}"]`).waitFor({ timeout: 10_000 });
    expect(await b.page.locator(`[data-user-card="${bob.username}"]`).getByRole("button", { name: "Message" }).count()).toBe(0); // it's him
    expect(errors).toEqual([]);
    await Promise.all([a.context.close(), b.context.close()]);
  }, 180_000);
});
