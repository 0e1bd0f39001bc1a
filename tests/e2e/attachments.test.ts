import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import sharp from "sharp";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, newContext, signInThroughForm } from "../support/browser";
import { createServer, createUser, unique } from "../support/factories";

// Attachments in Chromium against the built app, Soketi, Postgres and the local S3 server: Alice
// drops an image on the conversation, pastes a screenshot and picks a file; Bob, in another
// browser context, sees the thumbnails arrive live, loaded from the store through /api/files, and
// walks them in the lightbox by keyboard.

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

const log = (page: Page) => page.getByRole("log", { name: "Messages" });
const composer = (page: Page) => page.getByRole("textbox", { name: /^Message / });

async function openChannel(email: string, serverName: string, errors: string[]) {
  const context = await newContext(browser);
  const page = await context.newPage();
  page.on("pageerror", (error) => errors.push(error.message));
  page.on("console", (message) => {
    if (message.type() === "error" && /Content Security Policy|Refused/.test(message.text())) errors.push(message.text());
  });
  await signInThroughForm(page, email);
  await page.getByRole("navigation", { name: "Servers" }).getByRole("link", { name: serverName }).click();
  await log(page).waitFor();
  return page;
}

async function image(width: number, height: number, color: { r: number; g: number; b: number }) {
  return [...(await sharp({ create: { width, height, channels: 3, background: color } }).png().toBuffer())];
}

/** Fires a drop (or a paste) of files the way the browser does, with a real DataTransfer. */
async function dropFiles(page: Page, target: string, files: { name: string; type: string; bytes: number[] }[], event: "drop" | "paste") {
  await page.locator(target).first().evaluate(
    (element, { files, event }) => {
      const data = new DataTransfer();
      for (const f of files) data.items.add(new File([new Uint8Array(f.bytes)], f.name, { type: f.type }));
      const fired = event === "drop" ? new DragEvent("drop", { dataTransfer: data, bubbles: true, cancelable: true }) : new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true });
      element.dispatchEvent(fired);
    },
    { files, event },
  );
}

describe("attachments", () => {
  it("A drops, pastes and picks files; B sees the thumbnails live and walks them in the lightbox", async () => {
    const alice = await createUser({ fullName: "Alice Files" });
    const bob = await createUser({ fullName: "Bob Files" });
    const name = `Photo club ${unique()}`;
    await createServer(alice, { name, visibility: "PRIVATE", members: [[bob, "MEMBER"]] });
    const errors: string[] = [];
    const a = await openChannel(alice.email, name, errors);
    const b = await openChannel(bob.email, name, errors);

    // Drag and drop an image onto the conversation, paste a "screenshot", pick a text file.
    await dropFiles(a, '[role="log"]', [{ name: "sunset.png", type: "image/png", bytes: await image(800, 400, { r: 250, g: 120, b: 30 }) }], "drop");
    await dropFiles(a, 'textarea', [{ name: "image.png", type: "image/png", bytes: await image(300, 600, { r: 20, g: 90, b: 200 }) }], "paste");
    await a.locator('input[type="file"]').setInputFiles({ name: "notes.txt", mimeType: "text/plain", buffer: Buffer.from("meeting notes") });
    const files = a.getByRole("list", { name: "Files to send" });
    await expect.poll(() => files.locator('[data-upload-status="ready"]').count(), { timeout: 20_000 }).toBe(3);

    // A file that lies about being an image is refused beside it, and blocks sending until removed.
    await dropFiles(a, '[role="log"]', [{ name: "fake.png", type: "image/png", bytes: [...Buffer.from("<svg onload=alert(1)>")] }], "drop");
    await files.getByRole("alert").filter({ hasText: "This file isn't really a PNG image." }).waitFor({ timeout: 20_000 });
    expect(await a.getByRole("button", { name: "Send message" }).isDisabled()).toBe(true);
    await files.getByRole("button", { name: "Remove fake.png" }).click();

    // Alt text for the dropped image, saved with it before sending.
    await files.getByRole("textbox", { name: "Alt text for sunset.png" }).fill("A sunset over the sea");
    await files.getByRole("textbox", { name: "Alt text for sunset.png" }).press("Enter");
    await expect.poll(() => files.locator('[data-upload-status="ready"]').count(), { timeout: 20_000 }).toBe(3);

    await composer(a).fill("holiday pictures");
    await composer(a).press("Enter");
    await expect.poll(() => files.count()).toBe(0);

    // Bob sees the message arrive live: two thumbnails (space reserved, loaded from the store) and the file card.
    const row = log(b).locator("[data-seq]").filter({ hasText: "holiday pictures" });
    await row.waitFor({ timeout: 15_000 });
    const thumbs = row.getByRole("list", { name: "Images" }).locator("img");
    expect(await thumbs.count()).toBe(2);
    const box = await thumbs.first().boundingBox();
    expect(box).toMatchObject({ width: 320, height: 160 }); // 800×400 at most 320 px wide
    await expect.poll(() => thumbs.evaluateAll((imgs) => imgs.map((img) => (img as HTMLImageElement).naturalWidth)), { timeout: 15_000 }).toEqual([480, 240]);
    const card = row.getByRole("link", { name: /notes\.txt/ });
    expect(await card.getAttribute("href")).toMatch(/^\/api\/files\/\w+$/);

    // The lightbox: open the first, → to the second, Esc closes.
    expect(await thumbs.first().getAttribute("alt")).toBe("A sunset over the sea");
    await row.getByRole("button", { name: "Open A sunset over the sea" }).click();
    const dialog = b.getByRole("dialog");
    await dialog.getByText("Image 1 of 2").waitFor();
    await expect.poll(() => dialog.locator("img").evaluate((img) => (img as HTMLImageElement).naturalWidth), { timeout: 15_000 }).toBe(800);
    await b.keyboard.press("ArrowRight");
    await dialog.getByText("Image 2 of 2").waitFor();
    await b.keyboard.press("Escape");
    await dialog.waitFor({ state: "hidden" });

    expect(errors).toEqual([]);
  });

  it("a 25 MB file shows its progress going up, then is checked and sent", async () => {
    const alice = await createUser({ fullName: "Alice Big" });
    const bob = await createUser({ fullName: "Bob Big" });
    const name = `Big files ${unique()}`;
    await createServer(alice, { name, visibility: "PRIVATE", members: [[bob, "MEMBER"]] });
    const errors: string[] = [];
    const a = await openChannel(alice.email, name, errors);
    const b = await openChannel(bob.email, name, errors);
    // Every value the progress bar shows, as it shows it.
    await a.evaluate(() => {
      const seen: number[] = [];
      (window as unknown as { progressSeen: number[] }).progressSeen = seen;
      new MutationObserver(() => {
        for (const bar of document.querySelectorAll('[role="progressbar"]')) seen.push(Number(bar.getAttribute("aria-valuenow")));
      }).observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ["aria-valuenow"] });
    });
    // From a file on disk: Chromium reads it itself (a buffer would cross the protocol as base64).
    const dir = mkdtempSync(path.join(tmpdir(), "chatsphere-upload-"));
    const archive = path.join(dir, "archive.zip");
    writeFileSync(archive, Buffer.alloc(25 * 1024 * 1024, 7));
    await a.locator('input[type="file"]').setInputFiles(archive);
    const files = a.getByRole("list", { name: "Files to send" });
    await files.locator('[data-upload-status="ready"]').waitFor({ timeout: 60_000 });
    const seen = await a.evaluate(() => (window as unknown as { progressSeen: number[] }).progressSeen);
    expect(seen.length).toBeGreaterThan(0); // the bar was there while the bytes went up
    expect(seen.every((v, i) => i === 0 || v >= seen[i - 1]!)).toBe(true); // and only went forward
    await composer(a).press("Enter");
    const card = log(b).locator("[data-seq]").getByRole("link", { name: /archive\.zip/ });
    await card.waitFor({ timeout: 15_000 });
    expect(await card.textContent()).toContain("25 MB");
    expect(errors).toEqual([]);
    rmSync(dir, { recursive: true, force: true });
  }, 120_000);
});
