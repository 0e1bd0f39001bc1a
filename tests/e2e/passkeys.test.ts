import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { appUrl, launchBrowser } from "../support/browser";
import { createUser, TEST_PASSWORD } from "../support/factories";

// WebAuthn refuses an IP address as the relying party, so these pages are opened at
// http://localhost:PORT (the test app's APP_URL is http://127.0.0.1:PORT: lib/accounts/passkeys.ts
// maps a loopback APP_URL to localhost).

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

/** A browser with Chromium's virtual authenticator (a platform authenticator that verifies its user). */
async function browserWithAuthenticator() {
  const context = await browser.newContext({ baseURL: appUrl().replace("127.0.0.1", "localhost"), viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("WebAuthn.enable");
  const { authenticatorId } = await cdp.send("WebAuthn.addVirtualAuthenticator", {
    options: { protocol: "ctap2", transport: "internal", hasResidentKey: true, hasUserVerification: true, isUserVerified: true, automaticPresenceSimulation: true },
  });
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  const credentials = async () => (await cdp.send("WebAuthn.getCredentials", { authenticatorId })).credentials;
  return { page, errors, credentials };
}

async function signOut(page: Page) {
  await page.getByRole("button", { name: "Account menu" }).click();
  await page.getByRole("menuitem", { name: "Sign out" }).click();
  await page.waitForURL((url) => url.pathname === "/signin");
}

describe("passkeys in Chromium (virtual authenticator)", () => {
  it("adds a named passkey in settings, signs in with one tap, and stops working once removed", async () => {
    const user = await createUser();
    const { page, errors, credentials } = await browserWithAuthenticator();
    await page.goto("/signin");
    await page.getByLabel("Email").fill(user.email);
    await page.getByLabel("Password", { exact: true }).fill(TEST_PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL((url) => url.pathname === "/home");

    await page.goto("/settings#passkeys");
    await page.getByRole("main").getByText("No passkeys yet.").waitFor();
    await page.getByRole("button", { name: "Add a passkey" }).click();
    await page.getByText("Name the passkey").waitFor(); // a name is asked for first
    await page.getByLabel("New passkey's name").fill("Virtual laptop");
    await page.getByRole("button", { name: "Add a passkey" }).click();
    await page.getByRole("list", { name: "Your passkeys" }).getByText("Virtual laptop").waitFor();
    expect(await credentials()).toEqual([expect.objectContaining({ isResidentCredential: true })]);
    await signOut(page);

    // One tap: no email, no password.
    await page.getByRole("button", { name: "Use a passkey" }).click();
    await page.waitForURL((url) => url.pathname === "/home");
    const stored = await db.passkey.findFirstOrThrow({ where: { userId: user.id } });
    expect(stored).toMatchObject({ name: "Virtual laptop", counter: BigInt((await credentials())[0]!.signCount), lastUsedAt: expect.any(Date) });

    // Signing in again, from a page that asked for sign-in, returns there.
    await signOut(page);
    await page.goto("/settings");
    await page.waitForURL((url) => url.pathname === "/signin");
    await page.getByRole("button", { name: "Use a passkey" }).click();
    await page.waitForURL((url) => url.pathname === "/settings");
    await page.getByText("last used").waitFor();

    await page.getByRole("button", { name: "Remove Virtual laptop" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Remove" }).click();
    await page.getByRole("main").getByText("No passkeys yet.").waitFor();
    await signOut(page);
    await page.getByRole("button", { name: "Use a passkey" }).click();
    await page.getByText("That passkey can't sign in here").waitFor();
    expect(new URL(page.url()).pathname).toBe("/signin");
    expect(errors).toEqual([]);
  });
});
