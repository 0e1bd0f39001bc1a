import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { inject } from "vitest";
import { CHROMIUM_ARGS } from "./browser-args";
import { TEST_PASSWORD } from "./factories";

// Debian's Chromium driven by playwright-core.

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: CHROMIUM_ARGS });
}

export function appUrl(path = "/"): string {
  return new URL(path, inject("appUrl")).toString();
}

export async function newContext(browser: Browser, options: { dark?: boolean; mobile?: boolean } = {}): Promise<BrowserContext> {
  return browser.newContext({
    baseURL: inject("appUrl"),
    viewport: options.mobile ? { width: 390, height: 844 } : { width: 1280, height: 800 },
    colorScheme: options.dark ? "dark" : "light",
  });
}

/** Signs in through the real sign-in form and waits to land on `expectPath` (default /home). */
export async function signInThroughForm(page: Page, email: string, password = TEST_PASSWORD, from = "/signin") {
  await page.goto(from);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/signin"));
}

/** A new browser context signed in as `email` through the form, on the page it lands on. */
export async function signedInPage(browser: Browser, email: string, options: { dark?: boolean; mobile?: boolean } = {}): Promise<Page> {
  const page = await (await newContext(browser, options)).newPage();
  await signInThroughForm(page, email);
  return page;
}
