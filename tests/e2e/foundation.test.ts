import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appUrl, launchBrowser, newContext, signInThroughForm } from "../support/browser";
import { createUser } from "../support/factories";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

describe("the app shell in Chromium", () => {
  it("serves the landing page with its calls to action", async () => {
    const page = await (await newContext(browser)).newPage();
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toContain("keep up");
    expect(await page.getByRole("link", { name: "Create a free account" }).getAttribute("href")).toBe("/signup");
    expect(errors).toEqual([]);
  });

  it("sends signed-out visitors to sign-in and back to where they were going", async () => {
    const user = await createUser();
    const page = await (await newContext(browser)).newPage();
    await page.goto("/home?tab=x");
    expect(new URL(page.url()).pathname).toBe("/signin");
    expect(new URL(page.url()).searchParams.get("callbackUrl")).toBe("/home?tab=x");
    await signInThroughForm(page, user.email, undefined, page.url());
    expect(new URL(page.url()).pathname + new URL(page.url()).search).toBe("/home?tab=x");
    await page.getByRole("heading", { name: /Welcome/ }).waitFor(); // may stream in after the URL changes
  });

  it("shows one generic message for a wrong password", async () => {
    const user = await createUser();
    const page = await (await newContext(browser)).newPage();
    await page.goto("/signin");
    await page.getByLabel("Email").fill(user.email);
    await page.getByLabel("Password", { exact: true }).fill("not-the-password");
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByRole("alert").filter({ hasText: "Incorrect email or password." }).waitFor();
    expect(await page.getByLabel("Email").inputValue()).toBe(user.email);
  });

  it("signs out only through the POST in the user menu", async () => {
    const user = await createUser();
    const context = await newContext(browser);
    const page = await context.newPage();
    await signInThroughForm(page, user.email);

    // A GET to the sign-out path (a link, an <img>) must not end the session.
    await page.goto("/api/auth/signout");
    await page.goto("/home");
    expect(new URL(page.url()).pathname).toBe("/home");

    await page.getByRole("button", { name: "Account menu" }).click();
    await page.getByRole("menuitem", { name: "Sign out" }).click();
    await page.waitForURL((url) => url.pathname === "/signin");
    await page.goto("/home");
    expect(new URL(page.url()).pathname).toBe("/signin");
  });
});

describe("security headers", () => {
  it("sends a nonce-based CSP, no framing, nosniff and a strict referrer policy", async () => {
    const response = await fetch(appUrl("/"));
    const csp = response.headers.get("content-security-policy") ?? "";
    expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
    expect(csp).not.toContain("unsafe-eval");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain(`connect-src 'self' ws://127.0.0.1:${process.env.PUSHER_PORT}`);
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
    expect(response.headers.get("x-frame-options")).toBe("DENY");
    expect(response.headers.get("x-powered-by")).toBeNull();
    const again = await fetch(appUrl("/"));
    expect(again.headers.get("content-security-policy")).not.toBe(csp); // a fresh nonce each time
  });

  it("hides the dev outbox in production", async () => {
    expect((await fetch(appUrl("/dev/mail"))).status).toBe(404);
  });
});

describe("start-up with a bad environment", () => {
  it("refuses to start, naming each missing or malformed variable, without a stack trace", async () => {
    const { spawnSync } = await import("node:child_process");
    const { freePort } = await import("../../scripts/lib/ports");
    const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: process.env.HOME, NODE_ENV: "production" };
    Object.assign(env, { NEXT_DIST_DIR: process.env.NEXT_DIST_DIR || ".next-test", DATABASE_URL: "mysql://nope", PUSHER_KEY: "k" });
    const run = spawnSync("node_modules/.bin/next", ["start", "--port", String(await freePort(0))], { env, encoding: "utf8", timeout: 30_000 });
    expect(run.status).toBe(1);
    const output = run.stdout + run.stderr;
    expect(output).toContain("Chatsphere cannot start: the environment is not valid.");
    expect(output).toContain("DATABASE_URL is invalid (must start with postgresql://)");
    expect(output).toContain("AUTH_SECRET is missing. Set it to a long random string");
    expect(output).toContain("PUSHER_APP_ID is missing");
    expect(output).not.toMatch(/^\s+at .+\(.+:\d+:\d+\)$/m); // no stack frames
  });
});
