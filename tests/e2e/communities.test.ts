import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { launchBrowser, newContext, signInThroughForm } from "../support/browser";
import { createCategory, createServer, createUser, TEST_PASSWORD, unique } from "../support/factories";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

async function signedIn(email: string, options: { mobile?: boolean } = {}) {
  const page = await (await newContext(browser, options)).newPage();
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  await signInThroughForm(page, email);
  return { page, errors };
}

const yourServers = (page: Page) => page.getByRole("navigation", { name: "Servers" }).getByRole("list", { name: "Your servers" });

describe("communities in Chromium", () => {
  it("create a server, add a channel; someone else finds it in Explore by search and category, joins, sees it in the sidebar", async () => {
    const [owner, visitor] = await Promise.all([createUser(), createUser()]);
    const category = await createCategory();
    const word = unique("zeppelin");
    const name = `Airship ${word}`;

    // The owner creates the server from the sidebar's "+".
    const { page: ownerPage, errors: ownerErrors } = await signedIn(owner.email);
    await ownerPage.getByRole("navigation", { name: "Servers" }).getByRole("button", { name: "Create a server" }).click();
    const dialog = ownerPage.getByRole("dialog", { name: "Create a server" });
    await dialog.getByRole("button", { name: "Create server" }).click();
    await dialog.getByText("Use at least 2 characters").waitFor(); // field errors before anything is sent
    await dialog.getByLabel("Name").fill(name);
    await dialog.getByLabel("Description").fill("Lighter than air, heavier on chat.");
    await dialog.getByLabel("Category").selectOption({ label: category.name });
    await dialog.getByRole("button", { name: "Create server" }).click();
    await ownerPage.waitForURL((url) => url.pathname === `/s/airship-${word.toLowerCase()}/general`);
    await yourServers(ownerPage).getByRole("link", { name }).waitFor();

    // …and adds a channel.
    await ownerPage.getByRole("button", { name: "Add a channel" }).click();
    const channelDialog = ownerPage.getByRole("dialog", { name: "Add a channel" });
    await channelDialog.getByLabel("Channel name").fill("Mooring Masts");
    await channelDialog.getByRole("button", { name: "Add channel" }).click();
    await ownerPage.waitForURL((url) => url.pathname.endsWith("/mooring-masts"));
    await ownerPage.getByRole("heading", { name: "Mooring Masts" }).waitFor();
    expect(ownerErrors).toEqual([]);

    // Someone else searches Explore (the channel name is searchable too) and filters by category.
    const { page, errors } = await signedIn(visitor.email);
    await page.goto("/explore");
    await page.getByRole("searchbox", { name: "Search servers" }).fill("mooring");
    await page.waitForURL((url) => url.searchParams.get("q") === "mooring");
    await page.getByLabel("Category").selectOption({ label: category.name });
    await page.waitForURL((url) => url.searchParams.get("category") === category.slug && url.searchParams.get("q") === "mooring");
    const card = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name }) });
    await card.waitFor();
    expect(await page.getByRole("heading", { level: 2 }).count()).toBe(1);

    // The query is in the URL: a reload or a shared link shows the same results.
    await page.reload();
    await card.waitFor();
    expect(await page.getByRole("searchbox", { name: "Search servers" }).inputValue()).toBe("mooring");

    expect(await yourServers(page).getByRole("link", { name }).count()).toBe(0);
    await card.getByRole("button", { name: "Join server" }).click();
    await yourServers(page).getByRole("link", { name }).waitFor();
    await card.getByRole("link", { name: "Open" }).waitFor();
    expect(await db.server.findFirstOrThrow({ where: { name } })).toMatchObject({ memberCount: 2 });

    await yourServers(page).getByRole("link", { name }).click();
    await page.waitForURL((url) => url.pathname.startsWith(`/s/airship-${word.toLowerCase()}`));
    await page.getByRole("navigation", { name: `${name} channels` }).getByRole("link", { name: "Mooring Masts" }).waitFor();
    expect(errors).toEqual([]);
  });

  it("lets a signed-out visitor browse and search Explore from the landing page, then sign in to join", async () => {
    const owner = await createUser();
    const word = unique("balloon");
    const server = await createServer(owner, { name: `Ballooning ${word}` });
    const member = await createUser();
    const page = await (await newContext(browser)).newPage();
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));

    await page.goto("/");
    await page.getByRole("link", { name: "Explore public rooms" }).click();
    await page.waitForURL((url) => url.pathname === "/explore");
    await page.getByRole("searchbox", { name: "Search servers" }).fill(word);
    await page.waitForURL((url) => url.searchParams.get("q") === word);
    const card = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: server.name }) });
    await card.getByRole("link", { name: `Sign in to join ${server.name}` }).click();

    await page.waitForURL((url) => url.pathname === "/signin");
    await page.getByLabel("Email").fill(member.email);
    await page.getByLabel("Password", { exact: true }).fill(TEST_PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL((url) => url.pathname.startsWith(`/s/${server.slug}`));
    await page.getByRole("button", { name: "Join server" }).click();
    await yourServers(page).getByRole("link", { name: server.name }).waitFor();
    expect(errors).toEqual([]);
  });

  it("says so when nothing matches, and offers to clear the filters", async () => {
    const user = await createUser();
    const { page } = await signedIn(user.email);
    await page.goto(`/explore?q=${unique("nothingmatches")}`);
    await page.getByText("No servers match").waitFor();
    await page.getByRole("link", { name: "Clear filters" }).click();
    await page.waitForURL((url) => url.pathname === "/explore" && url.search === "");
  });

  it("shows a private server's channels to members only: 404 for anyone else", async () => {
    const owner = await createUser();
    const outsider = await createUser();
    const category = await createCategory();
    const server = await db.server.create({
      data: {
        name: "Hidden Hangar",
        slug: unique("hidden"),
        visibility: "PRIVATE",
        ownerId: owner.id,
        categoryId: category.id,
        members: { create: { userId: owner.id, role: "OWNER" } },
        channels: { create: { name: "general", slug: "general", conversation: { create: {} } } },
      },
    });
    const { page } = await signedIn(outsider.email);
    const response = await page.goto(`/s/${server.slug}/general`);
    expect(response?.status()).toBe(404);
    expect(await page.getByText("Hidden Hangar").count()).toBe(0);
  });

  it("the owner renames a channel and sets its topic from the server settings", async () => {
    const owner = await createUser();
    const server = await createServer(owner);
    const { page, errors } = await signedIn(owner.email);
    await page.goto(`/s/${server.slug}/settings`);
    await page.getByRole("button", { name: "Edit general" }).click();
    const dialog = page.getByRole("dialog", { name: "Edit #general" });
    await dialog.getByLabel("Channel name").fill("");
    await dialog.getByRole("button", { name: "Save" }).click();
    await dialog.getByText("Name the channel").waitFor(); // a field error; the dialog stays open
    await dialog.getByLabel("Channel name").fill("lobby");
    await dialog.getByLabel("Topic").fill("Say hello");
    await dialog.getByRole("button", { name: "Save" }).click();
    await dialog.waitFor({ state: "detached" });
    await page.getByRole("button", { name: "Edit lobby" }).waitFor();
    expect(await db.channel.findUniqueOrThrow({ where: { id: server.channels[0]!.id } })).toMatchObject({ name: "lobby", topic: "Say hello" });
    expect(errors).toEqual([]);
  });

  it("works on a phone: the sidebar is a drawer", async () => {
    const user = await createUser();
    const { page, errors } = await signedIn(user.email, { mobile: true });
    await page.goto("/explore");
    expect(await page.getByRole("navigation", { name: "Servers" }).isVisible()).toBe(false);
    await page.getByRole("button", { name: "Open navigation" }).click();
    const drawer = page.getByRole("dialog", { name: "Navigation" });
    await drawer.getByRole("link", { name: "Home" }).click();
    await page.waitForURL((url) => url.pathname === "/home");
    await drawer.waitFor({ state: "detached" });
    await page.getByRole("heading", { name: /Welcome/ }).waitFor();
    expect(errors).toEqual([]);
  });
});
