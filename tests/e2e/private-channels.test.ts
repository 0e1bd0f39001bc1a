import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, newContext, signInThroughForm } from "../support/browser";
import { addMember, createServer, createUser, unique } from "../support/factories";

// A private channel in Chromium against `next start`: the owner makes one and chooses who is in
// it; the chosen member sees it (with its lock) and chats there; another member of the server
// sees no trace of it in the sidebar and gets a real 404 at its address.

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

describe("private channels in the browser", () => {
  it("the owner makes one and adds a member, who sees it and chats; another member neither sees it nor opens it", async () => {
    const tag = unique("p");
    const [owner, chosen, outsider] = await Promise.all([
      createUser({ fullName: `Olga ${tag}` }),
      createUser({ fullName: `Mia ${tag}` }),
      createUser({ fullName: `Otto ${tag}` }),
    ]);
    const server = await createServer(owner);
    await addMember(server, chosen);
    await addMember(server, outsider);
    const errors: string[] = [];
    const open = async (email: string) => {
      const page = await (await newContext(browser)).newPage();
      page.on("pageerror", (error) => errors.push(error.message));
      await signInThroughForm(page, email);
      return page;
    };
    const channels = (page: Awaited<ReturnType<typeof open>>) => page.getByRole("navigation", { name: `${server.name} channels` });

    // The owner adds a private channel from the sidebar's "+"…
    const ownerPage = await open(owner.email);
    await ownerPage.goto(`/s/${server.slug}/general`);
    await ownerPage.getByRole("button", { name: "Add a channel" }).click();
    const dialog = ownerPage.getByRole("dialog", { name: "Add a channel" });
    await dialog.getByLabel("Channel name").fill("War Room");
    await dialog.getByRole("checkbox", { name: /Private channel/ }).check();
    await dialog.getByRole("button", { name: "Add channel" }).click();
    await ownerPage.waitForURL((url) => url.pathname === `/s/${server.slug}/war-room`);
    await channels(ownerPage).getByRole("link", { name: /War Room/ }).getByRole("img", { name: "Private channel" }).waitFor();

    // …and chooses its member in server settings, with the people picker.
    await ownerPage.goto(`/s/${server.slug}/settings`);
    await ownerPage.getByRole("button", { name: "Members of War Room" }).click();
    const members = ownerPage.getByRole("dialog", { name: "Members of #War Room" });
    await members.getByText("Nobody was added yet").waitFor();
    await members.getByRole("combobox", { name: "Add people" }).fill(chosen.username);
    await ownerPage.getByRole("option", { name: new RegExp(`Mia ${tag}`) }).click();
    await members.getByRole("button", { name: "Add", exact: true }).click();
    await ownerPage.getByText(`Mia ${tag} was added`).waitFor();
    await members.getByRole("button", { name: `Remove Mia ${tag} from #War Room` }).waitFor();
    await ownerPage.keyboard.press("Escape");
    await ownerPage.goto(`/s/${server.slug}/war-room`);

    // The chosen member sees it in the sidebar, opens it and writes; the owner has it live.
    const chosenPage = await open(chosen.email);
    await chosenPage.goto(`/s/${server.slug}/general`);
    await channels(chosenPage).getByRole("link", { name: /War Room/ }).click();
    await chosenPage.waitForURL((url) => url.pathname === `/s/${server.slug}/war-room`);
    const composer = chosenPage.getByRole("textbox", { name: /Message/ });
    await composer.fill("only for the war room");
    await composer.press("Enter");
    await ownerPage.getByRole("log", { name: "Messages" }).getByText("only for the war room").waitFor({ timeout: 15_000 });

    // Another member of the server: no trace in the sidebar, and a real 404 by address.
    const outsiderPage = await open(outsider.email);
    await outsiderPage.goto(`/s/${server.slug}/general`);
    await channels(outsiderPage).getByRole("link", { name: "general" }).waitFor();
    expect(await channels(outsiderPage).getByRole("link", { name: /War Room/ }).count()).toBe(0);
    const response = await outsiderPage.goto(`/s/${server.slug}/war-room`);
    expect(response?.status()).toBe(404);
    expect(await outsiderPage.getByText("only for the war room").count()).toBe(0);
    expect(errors).toEqual([]);
  }, 150_000);
});
