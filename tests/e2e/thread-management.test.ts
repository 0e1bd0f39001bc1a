import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { launchBrowser, newContext, signInThroughForm } from "../support/browser";
import { createUser, unique } from "../support/factories";

// Managing a group thread in Chromium, with the real app, Soketi and Postgres: its creator renames
// it, adds and removes people from the Manage dialog; the others' headers follow live, the removed
// person's open page leaves the thread, and someone leaving drops out of everyone's header.

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

async function openThread(email: string, threadId: string, errors: string[]) {
  const context = await newContext(browser);
  const page = await context.newPage();
  page.on("pageerror", (error) => errors.push(error.message));
  await signInThroughForm(page, email);
  await page.goto(`/t/${threadId}`);
  await page.getByRole("log", { name: "Messages" }).waitFor();
  return { context, page };
}

const heading = (page: Page) => page.getByRole("main").getByRole("heading", { level: 1 });
const header = (page: Page) => page.getByRole("main").locator("header").filter({ visible: true });

async function manage(page: Page) {
  await header(page).getByRole("button", { name: "Manage group" }).click();
  const dialog = page.getByRole("dialog", { name: "Manage group" });
  await dialog.waitFor();
  return dialog;
}

describe("managing a group thread", () => {
  it("rename, add and remove live in the others' headers; the removed person's page leaves; leaving drops out", async () => {
    const tag = unique("g").replace(/[^a-z0-9]/gi, "");
    const [alice, bob, carol, dave] = await Promise.all(
      ["Alice", "Bob", "Carol", "Dave"].map((name) => createUser({ fullName: `${name} ${tag}` })),
    );
    const thread = await db.thread.create({
      data: {
        createdById: alice!.id,
        history: "SINCE_JOIN",
        conversation: { create: {} },
        participants: { create: [alice!, bob!, carol!].map((u) => ({ userId: u.id })) },
      },
    });
    const errors: string[] = [];
    const a = await openThread(alice!.email, thread.id, errors);
    const b = await openThread(bob!.email, thread.id, errors);
    const c = await openThread(carol!.email, thread.id, errors);

    // Alice renames the group: Bob's header says so at once.
    let dialog = await manage(a.page);
    await dialog.getByLabel("Group name").fill("Ski trip");
    await dialog.getByRole("button", { name: "Save" }).click();
    await heading(b.page).filter({ hasText: "Ski trip" }).waitFor();

    // She adds Dave from the picker: Bob's header counts four.
    const box = dialog.getByRole("combobox", { name: "Add people" });
    await box.fill(`Dave ${tag}`);
    await a.page.getByRole("option", { name: new RegExp(`Dave ${tag}`) }).waitFor();
    await box.press("Enter");
    await dialog.getByRole("button", { name: /^Add/ }).click();
    await header(b.page).getByText("4 people").waitFor();

    // She removes Carol: Carol's open page leaves the thread, Bob's header counts three.
    await dialog.getByRole("button", { name: `Remove Carol ${tag}` }).click();
    await c.page.waitForURL((url) => url.pathname === "/t");
    await header(b.page).getByText("3 people").waitFor();
    await a.page.keyboard.press("Escape");

    // Bob, who didn't start it, can't change it; he leaves, and Alice's header counts two.
    dialog = await manage(b.page);
    expect(await dialog.getByRole("button", { name: "Save" }).count()).toBe(0);
    await dialog.getByRole("button", { name: "Leave group" }).click();
    await b.page.waitForURL((url) => url.pathname === "/t");
    await header(a.page).getByText("2 people").waitFor();

    expect(await db.threadParticipant.findMany({ where: { threadId: thread.id }, select: { userId: true }, orderBy: { joinedAt: "asc" } })).toEqual([
      { userId: alice!.id },
      { userId: dave!.id },
    ]);
    expect(errors).toEqual([]);
    await Promise.all([a, b, c].map((x) => x.context.close()));
  }, 180_000);
});
