import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, signedInPage } from "../support/browser";
import { createUser, unique } from "../support/factories";

// The one people picker (components/people/people-picker.tsx), where people use it: "New
// message" and the admin's "open a thread". Keyboard and pointer, chips, removal, no match.

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

const signedIn = (email: string) => signedInPage(browser, email);

describe("the people picker in Chromium", () => {
  it("picks people for a new message by keyboard and pointer, removes one, and opens the conversation", async () => {
    const tag = unique("pk");
    const [alice, bob, carol] = [await createUser(), await createUser({ fullName: `Bob ${tag}` }), await createUser({ fullName: `Carol ${tag}` })];
    const page = await signedIn(alice.email);
    await page.getByRole("link", { name: "New message" }).first().click();
    await page.waitForURL("**/t/new");

    const box = page.getByRole("combobox", { name: "People" });
    const chosen = page.getByRole("list", { name: "People: chosen" });
    await box.fill(`nobody ${tag}`);
    await page.getByRole("listbox").getByText(`Nobody found for “nobody ${tag}”.`).waitFor();

    await box.fill(`Bob ${tag}`);
    await page.getByRole("option", { name: new RegExp(`Bob ${tag}`) }).waitFor();
    await box.press("Enter");
    await chosen.getByText(`@${bob.username}`).waitFor();
    expect(await box.inputValue()).toBe("");

    await box.fill(tag); // both match; Bob is chosen already, so only Carol is offered
    const options = page.getByRole("option");
    await options.first().waitFor();
    expect(await options.allTextContents()).toEqual([expect.stringContaining(`Carol ${tag}`)]);
    await options.first().click();
    await chosen.getByText(`@${carol.username}`).waitFor();
    await page.getByRole("button", { name: "Start group of 3" }).waitFor();

    await page.getByRole("button", { name: `Remove @${carol.username}` }).click();
    await page.getByRole("button", { name: "Open conversation" }).click();
    await page.waitForURL(/\/t\/[a-z0-9]+$/);
    await page.getByText(`Bob ${tag}`).first().waitFor();
  });

  it("picks the people of an admin's thread, by email too", async () => {
    const tag = unique("pa");
    const admin = await createUser({ role: "ADMIN" });
    const [dora, eve] = [await createUser({ fullName: `Dora ${tag}` }), await createUser({ fullName: `Eve ${tag}` })];
    const page = await signedIn(admin.email);
    await page.goto("/admin");
    await page.getByRole("navigation", { name: "Admin" }).getByRole("link", { name: "Threads" }).click();
    await page.waitForURL("**/admin/threads");

    const box = page.getByRole("combobox", { name: "People" });
    await box.fill(dora.email);
    await page.getByRole("option", { name: new RegExp(`Dora ${tag}`) }).waitFor();
    await box.press("Enter");
    await box.fill(`${tag}`);
    await page.getByRole("option", { name: new RegExp(`Eve ${tag}`) }).waitFor();
    await box.press("ArrowDown"); // Eve is the only one left: the highlight stays on her
    await box.press("Enter");
    const chosen = page.getByRole("list", { name: "People: chosen" });
    await chosen.getByText(`@${eve.username}`).waitFor();
    await page.getByRole("button", { name: "Open thread" }).click();
    await page.getByText(/Thread opened between/).waitFor();
  });
});
