import { readdirSync } from "node:fs";
import path from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, signedInPage } from "../support/browser";
import { createServer, createUser, TEST_PASSWORD } from "../support/factories";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

/** Every page under app/(app)/admin, as a URL ([id] segments filled in by `ids`). */
function adminPages(ids: { user: string; server: string }): string[] {
  const root = path.resolve(__dirname, "../../app/(app)/admin");
  const pages: string[] = [];
  const walk = (dir: string, url: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) {
        const segment = entry.name === "[id]" ? (url.endsWith("/users") ? ids.user : ids.server) : entry.name;
        walk(path.join(dir, entry.name), `${url}/${segment}`);
      } else if (entry.name === "page.tsx") pages.push(url);
    }
  };
  walk(root, "/admin");
  return pages;
}

const signedIn = (email: string) => signedInPage(browser, email);

describe("the admin area in Chromium", () => {
  it("is a 404 for a server owner, a moderator and a member on every admin page", async () => {
    const [owner, moderator, member] = [await createUser(), await createUser(), await createUser()];
    const server = await createServer(owner, { members: [[moderator, "MODERATOR"], [member, "MEMBER"]] });
    const pages = adminPages({ user: member.id, server: server.id });
    expect(pages).toEqual(expect.arrayContaining(["/admin", "/admin/users", `/admin/users/${member.id}`, "/admin/audit"]));
    expect(pages.length).toBeGreaterThanOrEqual(9);
    for (const user of [owner, moderator, member]) {
      const page = await signedIn(user.email);
      // The first in the browser (the not-found page as shown), the rest as requests with the same session.
      const [first, ...rest] = pages;
      expect((await page.goto(first!))?.status(), `${first} as ${user.username}`).toBe(404);
      await page.getByRole("heading", { name: "This page doesn't exist" }).waitFor({ timeout: 5_000 });
      for (const url of rest) {
        const response = await page.request.get(url);
        expect(response.status(), `${url} as ${user.username}`).toBe(404);
        expect(await response.text()).toMatch(/This page doesn(&#x27;|')t exist/);
      }
      await page.context().close();
    }
  }, 180_000);

  it("opens every admin page for an admin", async () => {
    const admin = await createUser({ role: "ADMIN" });
    const owner = await createUser();
    const server = await createServer(owner);
    const page = await signedIn(admin.email);
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    for (const url of adminPages({ user: owner.id, server: server.id })) {
      const response = await page.goto(url);
      expect(response?.status(), url).toBe(200);
      await page.getByRole("navigation", { name: "Admin" }).waitFor({ timeout: 5_000 });
    }
    expect(errors).toEqual([]);
  }, 120_000);

  it("suspends a user: their open tab is signed out at once, and they can't sign in again", async () => {
    const admin = await createUser({ role: "ADMIN" });
    const victim = await createUser({ fullName: "Victor Suspendable" });
    const victimPage = await signedIn(victim.email);
    expect(new URL(victimPage.url()).pathname).toBe("/home");

    const adminPage = await signedIn(admin.email);
    await adminPage.goto(`/admin/users?q=${victim.username}`);
    await adminPage.getByRole("link", { name: "Victor Suspendable" }).click();
    await adminPage.waitForURL(`**/admin/users/${victim.id}`);
    await adminPage.getByRole("button", { name: "Suspend" }).click();
    const dialog = adminPage.getByRole("dialog", { name: `Suspend @${victim.username}?` });
    await dialog.getByRole("button", { name: "Suspend" }).click();
    await adminPage.getByText(`Suspended @${victim.username}.`).waitFor();
    await adminPage.getByText("Suspended", { exact: true }).first().waitFor(); // the badge, after the refresh

    // The victim's open tab is told and leaves; the server refuses the old session.
    await victimPage.waitForURL((url) => url.pathname === "/signin", { timeout: 10_000 });
    await victimPage.goto("/home");
    expect(new URL(victimPage.url()).pathname).toBe("/signin");

    await victimPage.getByLabel("Email").fill(victim.email);
    await victimPage.getByLabel("Password", { exact: true }).fill(TEST_PASSWORD);
    await victimPage.getByRole("button", { name: "Sign in" }).click();
    await victimPage.getByRole("alert").filter({ hasText: "This account is suspended" }).waitFor();
    expect(new URL(victimPage.url()).pathname).toBe("/signin");

    // The admin's log shows it.
    await adminPage.goto("/admin/audit?action=user.suspend");
    await adminPage.getByText(`@${victim.username}`).first().waitFor();
  });
});
