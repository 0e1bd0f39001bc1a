import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { launchBrowser, newContext, signInThroughForm } from "../support/browser";
import { addMember, createServer, createUser, fillConversation, unique } from "../support/factories";
import { waitForEmail } from "../support/mail";

// Safety features that have UI, in Chromium against `next start`.

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

describe("blocking in the browser", () => {
  it("blocks from a member's card, lists them in settings and unblocks there", async () => {
    const alice = await createUser({ fullName: "Alice Blocker" });
    const mallory = await createUser({ fullName: `Mallory ${unique("m")}` });
    const server = await createServer(alice);
    await addMember(server, mallory);
    const page = await (await newContext(browser)).newPage();
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    await signInThroughForm(page, alice.email);
    await page.goto(`/s/${server.slug}/general`);

    await page.getByRole("region", { name: "Members" }).getByRole("button", { name: new RegExp(`@${mallory.username}$`) }).click();
    await page.getByRole("button", { name: `Block ${mallory.fullName}` }).click();
    await page.getByText(`${mallory.fullName} is blocked`).waitFor();
    expect(await db.userBlock.count({ where: { blockerId: alice.id, blockedId: mallory.id } })).toBe(1);

    await page.goto("/settings");
    const list = page.getByRole("list", { name: "Blocked people" });
    await list.getByText(mallory.fullName).waitFor();
    await list.getByRole("button", { name: `Unblock ${mallory.fullName}` }).click();
    await page.getByText(`${mallory.fullName} is unblocked`).waitFor();
    await page.getByText("You haven't blocked anyone").waitFor();
    expect(await db.userBlock.count({ where: { blockerId: alice.id } })).toBe(0);
    expect(errors).toEqual([]);
  });

  it("blocks from a message's menu after asking: Cancel changes nothing, Block folds their messages", async () => {
    const alice = await createUser({ fullName: "Alice Blocker" });
    const mallory = await createUser({ fullName: `Mallory ${unique("m")}` });
    const server = await createServer(alice);
    await addMember(server, mallory);
    await fillConversation(server.channels[0]!.conversationId, mallory.id, 1);
    const page = await (await newContext(browser)).newPage();
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    await signInThroughForm(page, alice.email);
    await page.goto(`/s/${server.slug}/general`);

    const log = page.getByRole("log", { name: "Messages" });
    const row = log.locator("[data-seq]").filter({ hasText: "message 1" });
    const openBlock = async () => {
      await row.hover();
      await row.getByRole("button", { name: "Message actions" }).click();
      await page.getByRole("menuitem", { name: `Block ${mallory.fullName}` }).click();
      const dialog = page.getByRole("dialog", { name: `Block ${mallory.fullName}?` });
      await dialog.waitFor();
      return dialog;
    };
    await (await openBlock()).getByRole("button", { name: "Cancel" }).click();
    expect(await db.userBlock.count({ where: { blockerId: alice.id } })).toBe(0);
    await (await openBlock()).getByRole("button", { name: "Block" }).click();
    await page.getByText(`${mallory.fullName} is blocked`).waitFor();
    await log.getByText("Blocked message").waitFor({ timeout: 10_000 });
    expect(await db.userBlock.count({ where: { blockerId: alice.id, blockedId: mallory.id } })).toBe(1);
    expect(errors).toEqual([]);
  });

  it("folds a blocked person's messages and hides their typing and presence, live in the blocker's other tab; unblocking brings them back", async () => {
    const alice = await createUser({ fullName: "Alice Blocker" });
    const mallory = await createUser({ fullName: `Mallory ${unique("m")}` });
    const server = await createServer(alice);
    await addMember(server, mallory);
    const general = server.channels[0]!;
    await fillConversation(general.conversationId, mallory.id, 1);
    const errors: string[] = [];
    const track = (page: Page) => (page.on("pageerror", (error) => errors.push(error.message)), page);
    const aliceContext = await newContext(browser);
    const settingsTab = track(await aliceContext.newPage());
    await signInThroughForm(settingsTab, alice.email);
    const chatTab = track(await aliceContext.newPage());
    await chatTab.goto(`/s/${server.slug}/general`);
    const m = track(await (await newContext(browser)).newPage());
    await signInThroughForm(m, mallory.email);
    await m.goto(`/s/${server.slug}/general`);

    const log = chatTab.getByRole("log", { name: "Messages" });
    const hereNow = chatTab.getByText(/\d+ here now/);
    const typing = chatTab.getByText(`${mallory.fullName} is typing…`);
    const malloryComposer = m.getByRole("textbox", { name: /Message/ });
    // Before: her message, her presence and her typing reach Alice.
    await log.getByText("message 1").waitFor();
    await expect.poll(() => hereNow.textContent(), { timeout: 15_000 }).toBe("2 here now");
    await malloryComposer.pressSequentially("still here", { delay: 30 });
    await typing.waitFor({ timeout: 10_000 });
    await malloryComposer.fill("");

    // Blocked from Alice's other tab (the API's event reaches this one).
    await settingsTab.goto(`/s/${server.slug}/general`);
    await settingsTab.getByRole("region", { name: "Members" }).getByRole("button", { name: new RegExp(`@${mallory.username}$`) }).click();
    await settingsTab.getByRole("button", { name: `Block ${mallory.fullName}` }).click();
    await settingsTab.getByText(`${mallory.fullName} is blocked`).waitFor();

    await log.getByText("Blocked message").waitFor({ timeout: 10_000 });
    expect(await log.getByText("message 1").count()).toBe(0);
    await expect.poll(() => hereNow.textContent(), { timeout: 10_000 }).toBe("1 here now");
    await malloryComposer.pressSequentially("can you see me", { delay: 30 });
    await malloryComposer.press("Enter");
    await expect.poll(() => log.getByText("Blocked message").count(), { timeout: 10_000 }).toBe(2);
    await malloryComposer.pressSequentially("typing again", { delay: 60 });
    await chatTab.waitForTimeout(1_500);
    expect(await typing.count()).toBe(0);
    await malloryComposer.fill("");
    await log.getByRole("button", { name: "Show" }).first().click();
    await log.getByText("message 1").waitFor();

    // Unblocked in settings: everything comes back in the chat tab, live.
    await settingsTab.goto("/settings");
    await settingsTab.getByRole("list", { name: "Blocked people" }).getByRole("button", { name: `Unblock ${mallory.fullName}` }).click();
    await log.getByText("can you see me").waitFor({ timeout: 10_000 });
    expect(await log.getByText("Blocked message").count()).toBe(0);
    await expect.poll(() => hereNow.textContent(), { timeout: 10_000 }).toBe("2 here now");
    await malloryComposer.pressSequentially("back again", { delay: 30 });
    await typing.waitFor({ timeout: 10_000 });
    expect(errors).toEqual([]);
  }, 150_000);
});

describe("moderation in the browser", () => {
  it("slow mode counts down after a send; a time-out puts how long it lasts in place of the composer", async () => {
    const owner = await createUser({ fullName: "Olga Owner" });
    const member = await createUser({ fullName: `Milo ${unique("m")}` });
    const server = await createServer(owner);
    await addMember(server, member);
    const errors: string[] = [];
    const open = async (email: string) => {
      const page = await (await newContext(browser)).newPage();
      page.on("pageerror", (error) => errors.push(error.message));
      await signInThroughForm(page, email);
      return page;
    };
    const ownerPage = await open(owner.email);
    await ownerPage.goto(`/s/${server.slug}/settings`);
    await ownerPage.getByLabel("Slow mode in #general").selectOption("30");
    await ownerPage.getByText("Slow mode in #general: 30 s").waitFor();

    const memberPage = await open(member.email);
    await memberPage.getByRole("navigation", { name: "Servers" }).getByRole("link", { name: server.name }).click();
    await memberPage.getByText("Slow mode: one message every 30 seconds").waitFor();
    const composer = memberPage.getByRole("textbox", { name: /^Message / });
    await composer.fill("hello, slowly");
    await composer.press("Enter");
    await memberPage.getByRole("log", { name: "Messages" }).locator("[data-seq]").filter({ hasText: "hello, slowly" }).waitFor();
    await memberPage.getByText(/^Slow mode: you can send again in \d+ s$/).waitFor();

    await ownerPage.getByRole("link", { name: `Back to ${server.name}` }).click();
    await ownerPage.waitForURL((url) => url.pathname === `/s/${server.slug}/general`);
    await ownerPage.getByRole("region", { name: "Members" }).getByRole("button", { name: `Manage ${member.fullName}` }).click();
    await ownerPage.getByRole("menuitem", { name: "Time out for 1 hour" }).click();
    await ownerPage.getByText(`${member.fullName} is timed out for 1 hour`).waitFor();
    await ownerPage.getByRole("region", { name: "Members" }).getByText("timed out").waitFor();

    await memberPage.reload();
    // Visible: the streamed page can hold a hidden copy of its first render.
    await memberPage.getByText(/You're timed out in this server: you can post again in (60 minutes|1 hour)\./).filter({ visible: true }).waitFor();
    expect(await composer.count()).toBe(0);
    expect(errors).toEqual([]);
  });
});

describe("reports in the browser", () => {
  it("a member reports a message from its menu; the owner deletes it from the server's queue; the reporter is told", async () => {
    const owner = await createUser({ fullName: "Olive Owner" });
    const reporter = await createUser({ fullName: "Rita Reporter" });
    const troll = await createUser({ fullName: `Troll ${unique("t")}` });
    const server = await createServer(owner);
    await addMember(server, reporter);
    await addMember(server, troll);
    const text = `buy followers ${unique("spam")}`;
    await db.message.create({ data: { conversationId: server.channels[0]!.conversationId, seq: 1, authorId: troll.id, clientId: unique("c"), body: text } });
    await db.conversation.update({ where: { id: server.channels[0]!.conversationId }, data: { lastSeq: 1 } });
    const errors: string[] = [];
    const open = async (email: string) => {
      const page = await (await newContext(browser)).newPage();
      page.on("pageerror", (error) => errors.push(error.message));
      await signInThroughForm(page, email);
      await page.goto(`/s/${server.slug}/general`);
      return page;
    };

    const rita = await open(reporter.email);
    const row = rita.getByRole("log", { name: "Messages" }).locator("[data-seq]").filter({ hasText: text });
    await row.hover();
    await row.getByRole("button", { name: "Message actions" }).click();
    await rita.getByRole("menuitem", { name: "Report" }).click();
    const dialog = rita.getByRole("dialog", { name: "Report this message" });
    await dialog.getByRole("button", { name: "Send report" }).click();
    await dialog.getByText("Choose a reason").last().waitFor(); // a field error before anything is sent
    await dialog.getByLabel("Reason").selectOption({ label: "Spam or a scam" });
    await dialog.getByLabel("Anything else?").fill("bot account");
    await dialog.getByRole("button", { name: "Send report" }).click();
    await rita.getByText("Thanks: the moderators will look at it").waitFor();

    const olive = await open(owner.email);
    await olive.getByRole("link", { name: "Server settings" }).click();
    const report = olive.getByRole("list", { name: "Open reports" }).getByRole("listitem").filter({ hasText: text });
    await report.getByText("“bot account”").waitFor();
    await report.getByRole("button", { name: "Delete the message" }).click();
    await olive.getByText("Done: the message was deleted.").waitFor();
    await olive.getByText("No open reports").waitFor();

    await rita.getByRole("log", { name: "Messages" }).locator("[data-seq]").filter({ hasText: "This message was deleted" }).waitFor({ timeout: 10_000 });
    expect((await waitForEmail(reporter.email, /^Your report was reviewed$/)).text).toContain("the message was deleted.");
    expect(errors).toEqual([]);
  });
});
