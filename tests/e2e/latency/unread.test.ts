import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, newContext, signInThroughForm } from "../../support/browser";
import { db } from "@/lib/db";
import { addMember, createChannel, createServer, createThread, createUser, fillConversation } from "../../support/factories";

// Unread state moving live in another person's browser: B is on /home while A writes.

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

async function signedIn(email: string, path: string) {
  const page = await (await newContext(browser)).newPage();
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  await signInThroughForm(page, email);
  await page.goto(path);
  return { page, errors };
}

const composer = (page: Page) => page.getByRole("textbox", { name: /^Message / });
const rail = (page: Page) => page.getByRole("navigation", { name: "Servers" });

/** Sends with Enter; resolves, with the time, once the author sees it stored (it has a seq). */
async function post(page: Page, text: string) {
  await composer(page).fill(text);
  await composer(page).press("Enter");
  await page.getByRole("log", { name: "Messages" }).locator("[data-seq]").filter({ hasText: text }).waitFor({ timeout: 10_000 });
  return Date.now();
}

/** How long after `since` the locator became visible (a loaded machine gets some slack; the number is logged). */
async function within(locator: ReturnType<Page["locator"]>, since: number, label: string) {
  await locator.waitFor({ timeout: 10_000 });
  const elapsed = Date.now() - since;
  console.log(`unread e2e: ${label} after ${elapsed} ms`);
  expect(elapsed, label).toBeLessThan(3_000);
}

describe("unread state in Chromium", () => {
  it("moves B's rail, sidebar and home live while A writes; mark as read clears it everywhere", async () => {
    const [alice, bob] = await Promise.all([createUser({ fullName: "Alice Unread" }), createUser({ fullName: "Bob Unread" })]);
    const server = await createServer(alice, { name: "Unread Lab" });
    await addMember(server, bob);
    const quiet = await createChannel(server, "quiet");
    const thread = await createThread([alice, bob]);

    const b = await signedIn(bob.email, "/home");
    const serverLink = rail(b.page).getByRole("link", { name: /^Unread Lab/ });
    await serverLink.waitFor();
    expect(await serverLink.getAttribute("aria-label")).toBe("Unread Lab");
    const a = await signedIn(alice.email, `/s/${server.slug}/general`);
    await a.page.getByRole("log", { name: "Messages" }).waitFor();
    // B's tab is subscribed once its realtime client has loaded (after hydration).
    await b.page.waitForFunction(() => document.readyState === "complete");
    await b.page.waitForTimeout(1_500);

    // A channel message: B's rail dot and the home card's dot, no reload.
    let sentAt = await post(a.page, "hello from the channel");
    await within(rail(b.page).getByRole("link", { name: "Unread Lab, unread messages" }), sentAt, "rail dot");
    await b.page.getByRole("main").getByLabel("unread", { exact: true }).waitFor({ timeout: 2_000 });

    // A direct message: a count on Home in the rail, in the sidebar's thread and on the home page.
    await a.page.goto(`/t/${thread.id}`);
    await a.page.getByRole("log", { name: "Messages" }).waitFor();
    sentAt = await post(a.page, "a direct one");
    await within(rail(b.page).getByRole("link", { name: "Home, 1 unread" }), sentAt, "home count");
    await b.page.getByRole("navigation", { name: "Direct messages" }).getByLabel("1 unread").waitFor({ timeout: 2_000 });
    sentAt = await post(a.page, "and another");
    await within(rail(b.page).getByRole("link", { name: "Home, 2 unread" }), sentAt, "home count 2");

    // Mark all as read on the home page: every mark goes, in this tab and without a reload.
    await b.page.getByRole("button", { name: "Mark all as read" }).click();
    await rail(b.page).getByRole("link", { name: "Home", exact: true }).waitFor({ timeout: 5_000 });
    await rail(b.page).getByRole("link", { name: "Unread Lab", exact: true }).waitFor({ timeout: 5_000 });
    expect(await b.page.getByRole("main").getByLabel(/unread/).count()).toBe(0);

    // The channel list inside the server follows too; the server menu marks it read.
    await b.page.goto(`/s/${server.slug}/${quiet.slug}`);
    const channels = b.page.getByRole("navigation", { name: "Unread Lab channels" });
    await channels.waitFor();
    await b.page.waitForTimeout(1_500);
    await a.page.goto(`/s/${server.slug}/general`);
    await a.page.getByRole("log", { name: "Messages" }).waitFor();
    sentAt = await post(a.page, "one more");
    await within(channels.getByRole("link", { name: /general/ }).getByLabel("unread"), sentAt, "channel dot");
    await b.page.getByRole("button", { name: "server menu" }).click();
    await b.page.getByRole("menuitem", { name: "Mark as read" }).click();
    await channels.getByRole("link", { name: /general/ }).getByLabel("unread").waitFor({ state: "detached", timeout: 5_000 });

    expect(a.errors).toEqual([]);
    expect(b.errors).toEqual([]);
  }, 120_000);

  it("opens a channel at the first unread message under a New line; the bar above brings it back or marks it read", async () => {
    const [alice, bob] = await Promise.all([createUser({ fullName: "Alice Backlog" }), createUser({ fullName: "Bob Backlog" })]);
    const server = await createServer(alice, { name: "Backlog Lab" });
    await addMember(server, bob);
    const backlog = await createChannel(server, "backlog");
    await fillConversation(backlog.conversationId, alice.id, 150);
    // Bob had read the first 40 (as reading them would have left his receipt).
    await db.receipt.create({ data: { conversationId: backlog.conversationId, userId: bob.id, deliveredSeq: 40, readSeq: 40 } });

    const b = await signedIn(bob.email, `/s/${server.slug}/general`);
    await b.page.getByRole("navigation", { name: "Backlog Lab channels" }).getByRole("link", { name: /backlog/ }).click();
    await b.page.waitForURL(`**/s/${server.slug}/backlog`);
    const log = b.page.getByRole("log", { name: "Messages" });
    const line = log.getByRole("separator", { name: "New messages" });
    await line.waitFor();

    // The line is on screen with message 41 under it (the list goes on loading around it as usual).
    const inView = async (locator: ReturnType<Page["locator"]>) => {
      const [box, frame] = await Promise.all([locator.boundingBox(), log.boundingBox()]);
      return box !== null && frame !== null && box.y >= frame.y - 1 && box.y + box.height <= frame.y + frame.height + 1;
    };
    await expect.poll(() => inView(line), { timeout: 5_000 }).toBe(true);
    const first = log.locator('[data-seq="41"]');
    expect(await inView(first)).toBe(true);
    expect((await first.boundingBox())!.y).toBeGreaterThan((await line.boundingBox())!.y);
    const bar = b.page.locator("[data-new-messages-bar]");
    expect(await bar.count()).toBe(0);

    // Scrolled down past it: the bar; Jump brings the line back.
    await log.hover();
    await b.page.mouse.wheel(0, 900);
    await bar.waitFor({ timeout: 5_000 });
    await bar.getByRole("button", { name: "Jump" }).click();
    await expect.poll(() => inView(line), { timeout: 5_000 }).toBe(true);
    await bar.waitFor({ state: "detached", timeout: 5_000 });

    // Down again and "Mark as read": the bar goes, the whole channel is read (up to 150).
    await b.page.mouse.wheel(0, 900);
    await bar.waitFor({ timeout: 5_000 });
    const readSeq = async () => (await db.receipt.findUnique({ where: { conversationId_userId: { conversationId: backlog.conversationId, userId: bob.id } } }))?.readSeq;
    expect(await readSeq()).toBeLessThan(150); // reading went only as far as the screen did
    await bar.getByRole("button", { name: "Mark as read" }).click();
    await bar.waitFor({ state: "detached", timeout: 5_000 });
    await expect.poll(readSeq, { timeout: 5_000 }).toBe(150);
    // The line stays where it was for this visit.
    expect(await line.count()).toBe(1);
    expect(b.errors).toEqual([]);
  }, 120_000);

  it("a channel set to Nothing from its bell shows no dot while another channel's does", async () => {
    const [alice, bob] = await Promise.all([createUser({ fullName: "Alice Bell" }), createUser({ fullName: "Bob Bell" })]);
    const server = await createServer(alice, { name: "Bell Lab" });
    await addMember(server, bob);
    const quiet = await createChannel(server, "quiet", 1);
    const loud = await createChannel(server, "loud", 2);

    const b = await signedIn(bob.email, `/s/${server.slug}/general`);
    const channels = b.page.getByRole("navigation", { name: "Bell Lab channels" });
    await channels.getByRole("link", { name: /quiet/ }).click();
    await b.page.waitForURL(`**/s/${server.slug}/quiet`);
    await b.page.getByRole("button", { name: "Notifications for #quiet: all messages (server default)" }).click();
    await b.page.getByRole("menuitem", { name: /^Nothing/ }).click();
    await b.page.getByRole("button", { name: "Notifications for #quiet: nothing" }).waitFor();
    await channels.getByRole("link", { name: /general/ }).click();
    await b.page.waitForURL(`**/s/${server.slug}/general`);
    await b.page.waitForFunction(() => document.readyState === "complete");
    await b.page.waitForTimeout(1_500); // subscribed

    const a = await signedIn(alice.email, `/s/${server.slug}/${quiet.slug}`);
    await a.page.getByRole("log", { name: "Messages" }).waitFor();
    await post(a.page, "into the quiet channel");
    await a.page.goto(`/s/${server.slug}/${loud.slug}`);
    await a.page.getByRole("log", { name: "Messages" }).waitFor();
    await post(a.page, "into the loud channel");

    await channels.getByRole("link", { name: /loud/ }).getByLabel("unread").waitFor({ timeout: 5_000 });
    expect(await channels.getByRole("link", { name: /quiet/ }).getByLabel(/unread/).count()).toBe(0);
    expect(b.errors).toEqual([]);
  }, 120_000);

  it("the server menu's notification settings silence every channel on the server's default; a channel's bell overrides it", async () => {
    const [alice, bob] = await Promise.all([createUser({ fullName: "Alice Hall" }), createUser({ fullName: "Bob Hall" })]);
    const server = await createServer(alice, { name: "Quiet Hall" });
    await addMember(server, bob);
    const loud = await createChannel(server, "loud", 1);
    const chatter = await createChannel(server, "chatter", 2);

    const b = await signedIn(bob.email, `/s/${server.slug}/general`);
    const channels = b.page.getByRole("navigation", { name: "Quiet Hall channels" });
    // By keyboard: the server menu, its item, the dialog's radios and Save.
    await b.page.getByRole("button", { name: /Quiet Hall server menu/ }).focus();
    await b.page.keyboard.press("Enter");
    await b.page.getByRole("menuitem", { name: "Notification settings" }).waitFor();
    await b.page.getByRole("menuitem", { name: "Notification settings" }).press("Enter");
    const dialog = b.page.getByRole("dialog", { name: "Notifications for Quiet Hall" });
    await dialog.waitFor();
    expect(await dialog.getByRole("radio", { name: /^All messages/ }).isChecked()).toBe(true);
    await dialog.getByRole("radio", { name: /^Nothing/ }).check();
    await dialog.getByRole("button", { name: "Save" }).click();
    await dialog.waitFor({ state: "hidden" });

    // The channel on the default follows the server; its bell offers the server's level first.
    const bell = (name: string) => b.page.getByRole("button", { name: `Notifications for #general: ${name}` });
    await bell("nothing (server default)").click();
    await b.page.getByRole("menuitem", { name: /^Use server default \(Nothing\)/ }).waitFor();
    await b.page.keyboard.press("Escape");
    await channels.getByRole("link", { name: /loud/ }).click();
    await b.page.waitForURL(`**/s/${server.slug}/loud`);
    await b.page.getByRole("button", { name: "Notifications for #loud: nothing (server default)" }).click();
    await b.page.getByRole("menuitem", { name: /^All messages/ }).click();
    await b.page.getByRole("button", { name: "Notifications for #loud: all messages" }).waitFor();
    await channels.getByRole("link", { name: /general/ }).click();
    await b.page.waitForURL(`**/s/${server.slug}/general`);
    await b.page.waitForFunction(() => document.readyState === "complete");
    await b.page.waitForTimeout(1_500); // subscribed

    const a = await signedIn(alice.email, `/s/${server.slug}/${chatter.slug}`);
    await a.page.getByRole("log", { name: "Messages" }).waitFor();
    await post(a.page, "into the server's default");
    await a.page.goto(`/s/${server.slug}/${loud.slug}`);
    await a.page.getByRole("log", { name: "Messages" }).waitFor();
    await post(a.page, "into the louder channel");

    await channels.getByRole("link", { name: /loud/ }).getByLabel("unread").waitFor({ timeout: 5_000 });
    expect(await channels.getByRole("link", { name: /chatter/ }).getByLabel(/unread/).count()).toBe(0);
    expect(b.errors).toEqual([]);
  }, 120_000);

  it("the activity inbox lists a reply and a reaction to B's messages, filters by kind and opens the message", async () => {
    const [alice, bob] = await Promise.all([createUser({ fullName: "Alice Inbox" }), createUser({ fullName: "Bob Inbox" })]);
    const server = await createServer(alice, { name: "Inbox Lab" });
    await addMember(server, bob);
    const { conversationId } = await db.channel.findFirstOrThrow({ where: { serverId: server.id, slug: "general" } });
    // Bob wrote two messages; Alice answered the first and reacted to the second.
    const at = (s: number) => new Date(Date.now() - 60_000 + s * 1000);
    const message = (seq: number, authorId: string, body: string, replyToId?: string) =>
      db.message.create({ data: { conversationId, seq, authorId, clientId: `inbox-${conversationId}-${seq}`, body, replyToId, createdAt: at(seq) } });
    const question = await message(1, bob.id, "lunch at noon?");
    const news = await message(2, bob.id, "shipped the release");
    const reply = await message(3, alice.id, "yes, the usual place", question.id);
    await db.reaction.create({ data: { messageId: news.id, userId: alice.id, emoji: "🎉", createdAt: at(4) } });
    await db.conversation.update({ where: { id: conversationId }, data: { lastSeq: 3 } });

    const b = await signedIn(bob.email, "/home");
    await b.page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Activity" }).click();
    await b.page.waitForURL("**/activity");
    const list = b.page.getByRole("list", { name: "Activity" });
    await list.waitFor();
    expect(await list.getByRole("listitem").allTextContents()).toEqual([
      expect.stringMatching(/Alice Inbox.*reacted 🎉 to your message.*Inbox Lab.*general.*shipped the release/),
      expect.stringMatching(/Alice Inbox.*replied to you.*Inbox Lab.*general.*yes, the usual place.*lunch at noon\?/),
    ]);

    await b.page.getByRole("navigation", { name: "Filter activity" }).getByRole("link", { name: "Replies" }).click();
    await b.page.waitForURL("**/activity?kind=reply");
    await expect.poll(() => list.getByRole("listitem").count(), { timeout: 5_000 }).toBe(1);
    await list.getByRole("link").click();
    await b.page.waitForURL(`**/s/${server.slug}/general?at=3`);
    await b.page.getByRole("log", { name: "Messages" }).locator(`[data-seq="${reply.seq}"]`).waitFor();
    expect(b.errors).toEqual([]);
  }, 120_000);

  it("a mention of B counts on B's rail at once, and only for B", async () => {
    const [alice, bob] = await Promise.all([createUser({ fullName: "Alice Mention" }), createUser({ fullName: "Bob Mention" })]);
    const server = await createServer(alice, { name: "Mention Lab" });
    await addMember(server, bob);

    const b = await signedIn(bob.email, "/home");
    await rail(b.page).getByRole("link", { name: "Mention Lab", exact: true }).waitFor();
    await b.page.waitForFunction(() => document.readyState === "complete");
    await b.page.waitForTimeout(1_500); // subscribed
    const a = await signedIn(alice.email, `/s/${server.slug}/general`);
    await a.page.getByRole("log", { name: "Messages" }).waitFor();

    await post(a.page, "plain message first");
    await rail(b.page).getByRole("link", { name: "Mention Lab, unread messages" }).waitFor({ timeout: 5_000 });
    const sentAt = await post(a.page, `over to you @${bob.username}`);
    await within(rail(b.page).getByRole("link", { name: "Mention Lab, 1 unread" }), sentAt, "mention badge");
    // Alice's own rail shows nothing for her own messages.
    expect(await rail(a.page).getByRole("link", { name: /^Mention Lab,/ }).count()).toBe(0);
    expect(b.errors).toEqual([]);
  }, 120_000);
});
