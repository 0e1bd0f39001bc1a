import { mkdirSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { launchBrowser, newContext, signInThroughForm } from "../support/browser";
import { createServer, createThread, createUser, unique } from "../support/factories";

// The search box in Chromium: Ctrl+K anywhere, results as you type with the match highlighted,
// keyboard choice, Enter opens the conversation at that message; "search in this conversation".
// Screenshots (light/dark, desktop/phone) go to SEARCH_SCREENSHOTS when set.

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

async function post(conversationId: string, authorId: string, body: string) {
  const { lastSeq } = await db.conversation.update({ where: { id: conversationId }, data: { lastSeq: { increment: 1 }, lastMessageAt: new Date() } });
  return db.message.create({ data: { conversationId, seq: lastSeq, authorId, clientId: unique("c"), body } });
}

async function world() {
  const ann = await createUser({ fullName: "Ann Finder" });
  const bob = await createUser({ fullName: "Bob Sender" });
  const server = await createServer(ann, { members: [[bob, "MEMBER"]], name: `Harbour ${unique("s")}` });
  const general = server.channels[0]!;
  const thread = await createThread([ann, bob]);
  const word = unique("lighthouse").toLowerCase();
  await post(general.conversationId, bob.id, "Morning everyone");
  const inChannel = await post(general.conversationId, bob.id, `The ${word} keeper waved <b>hello</b>`);
  await post(general.conversationId, ann.id, "Unrelated chatter");
  const inThread = await post(thread.conversationId, bob.id, `Private note about the ${word}`);
  return { ann, bob, server, general, thread, word, inChannel, inThread };
}

async function signedIn(email: string, options: { mobile?: boolean; dark?: boolean } = {}) {
  const page = await (await newContext(browser, options)).newPage();
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  await signInThroughForm(page, email);
  return { page, errors };
}

const results = (page: Page) => page.getByRole("listbox", { name: "Results" }).getByRole("option");

describe("message search in Chromium", () => {
  it("Ctrl+K, type, arrow down, Enter: lands on the conversation at that message", async () => {
    const w = await world();
    const { page, errors } = await signedIn(w.ann.email);
    await page.goto(`/s/${w.server.slug}/general`);
    await page.getByRole("log", { name: "Messages" }).getByText("Unrelated chatter").waitFor();
    await page.keyboard.press("Control+k");
    const dialog = page.getByRole("dialog", { name: "Search messages" });
    const box = dialog.getByRole("combobox", { name: "Search messages" });
    await box.waitFor();
    // The last word is matched as a prefix while typing; the thread and the channel both match.
    await box.pressSequentially(w.word.slice(0, -3), { delay: 20 });
    await expect.poll(() => results(page).count(), { timeout: 15_000 }).toBe(2);
    expect(await dialog.locator("mark").first().textContent()).toBe(w.word);
    expect(await results(page).nth(1).textContent()).toContain("<b>hello</b>");
    await results(page).nth(1).getByText("#general").waitFor();
    await page.keyboard.press("ArrowDown");
    expect(await results(page).nth(1).getAttribute("aria-selected")).toBe("true");
    await page.keyboard.press("Enter");
    await page.waitForURL((url) => url.pathname === `/s/${w.server.slug}/general` && url.searchParams.get("at") === String(w.inChannel.seq));
    expect(errors).toEqual([]);
  });

  it("searches in this conversation from a header, shows hints, and the last request wins", async () => {
    const w = await world();
    const { page, errors } = await signedIn(w.ann.email);
    await page.goto(`/t/${w.thread.id}`);
    await page.getByRole("log", { name: "Messages" }).getByText(`Private note about the ${w.word}`).waitFor();
    await page.getByRole("button", { name: "Search in Bob Sender" }).click();
    const dialog = page.getByRole("dialog", { name: "Search in Bob Sender" });
    const box = dialog.getByRole("combobox", { name: "Search messages" });
    await box.fill(`${w.word} has:pdf`);
    await dialog.getByText("has: takes link or file (has:link, has:file)").waitFor();
    await expect.poll(() => results(page).count(), { timeout: 15_000 }).toBe(1);
    // Typed quickly over a slow answer: only the newest query's results are shown.
    await box.fill("zzzz-nothing");
    await box.fill(w.word);
    await dialog.getByText("1 message").waitFor();
    await box.fill("nothingmatchesthis");
    await dialog.getByText("No messages match.").waitFor();
    // Everywhere: the chip goes, the channel's message comes too.
    await box.fill(w.word);
    await dialog.getByRole("button", { name: "Search everywhere, not only in Bob Sender" }).click();
    await expect.poll(() => results(page).count(), { timeout: 15_000 }).toBe(2);
    await results(page).first().click();
    await page.waitForURL((url) => url.searchParams.get("at") !== null);
    expect(errors).toEqual([]);
  });

  it("looks right: light and dark, desktop and phone", { timeout: 240_000 }, async () => {
    const dir = process.env.SEARCH_SCREENSHOTS;
    const w = await world();
    for (const options of [{}, { dark: true }, { mobile: true }, { mobile: true, dark: true }]) {
      const { page, errors } = await signedIn(w.ann.email, options);
      await page.goto(`/s/${w.server.slug}/general`);
      await page.getByRole("log", { name: "Messages" }).getByText("Unrelated chatter").waitFor();
      await page.getByRole("button", { name: "Search messages" }).click();
      await page.getByRole("dialog").getByRole("combobox").fill(w.word);
      await expect.poll(() => results(page).count(), { timeout: 15_000 }).toBe(2);
      if (dir) {
        mkdirSync(dir, { recursive: true });
        await page.screenshot({ path: `${dir}/search-${options.mobile ? "phone" : "desktop"}-${options.dark ? "dark" : "light"}.png` });
      }
      expect(errors).toEqual([]);
      await page.context().close();
    }
  });
});
