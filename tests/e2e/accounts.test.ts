import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signInAccountKey, signInAccountSlowKey } from "@/lib/accounts/sign-in-limits";
import { accountLimits } from "@/lib/accounts/rate-limits";
import { suspendUsers } from "@/lib/admin/users/suspend-users";
import { db } from "@/lib/db";
import { checkRateLimit } from "@/lib/rate-limit";
import { appUrl, launchBrowser, newContext, signInThroughForm } from "../support/browser";
import { createServer, createUser, TEST_PASSWORD, unique } from "../support/factories";
import { waitForEmail } from "../support/mail";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

async function newPage(options: { mobile?: boolean } = {}) {
  const page = await (await newContext(browser, options)).newPage();
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  return Object.assign(page, { errors });
}

async function signOutThroughMenu(page: Page) {
  await page.getByRole("button", { name: "Account menu" }).click();
  await page.getByRole("menuitem", { name: "Sign out" }).click();
  await page.waitForURL((url) => url.pathname === "/signin");
}

const path = (page: Page) => new URL(page.url()).pathname;
const banner = (page: Page) => page.getByRole("status").filter({ hasText: "Verify your email address" });

describe("accounts in Chromium", () => {
  it("signs up → is told to check the inbox → signs in → opens the emailed link → is verified → signs out → signs in", async () => {
    const name = unique("e");
    const email = `${name}@example.test`;
    const password = "my-first-passphrase";
    const page = await newPage();
    await page.goto("/signup");
    await page.getByLabel("Full name").fill("Erin Endtoend");
    await page.getByLabel("Email").fill(email.toUpperCase());
    await page.getByLabel("Username").fill(name);
    await page.getByLabel("Password", { exact: true }).fill(password);
    await page.getByLabel("Confirm password").fill(password);
    await page.getByRole("button", { name: "Create account" }).click();

    // The same answer as for a registered address: check your inbox, then sign in (reminded to verify).
    await page.waitForURL((url) => url.pathname === "/signin");
    await page.getByText("Check your inbox").waitFor();
    await signInThroughForm(page, email, password);
    await banner(page).waitFor();
    expect(await banner(page).textContent()).toContain(email);

    const verification = await waitForEmail(email, /Verify your email/);
    expect(verification.link).toMatch(new RegExp(`^${appUrl("/verify-email/")}[A-Za-z0-9_-]{43}$`));
    await page.goto(verification.link);
    await page.getByRole("heading", { name: "Your email address is verified" }).waitFor();
    await page.getByRole("link", { name: "Continue to Chatsphere" }).click();
    await page.waitForURL((url) => url.pathname === "/home");
    expect(await banner(page).count()).toBe(0);

    await signOutThroughMenu(page);
    await page.getByText("You are signed out.").waitFor();
    await signInThroughForm(page, email, password);
    expect(path(page)).toBe("/home");
    expect(await banner(page).count()).toBe(0);
    await signOutThroughMenu(page);
    await page.goto("/home");
    expect(path(page)).toBe("/signin");
    expect(page.errors).toEqual([]);
  });

  it("shows sign-up errors beside their fields and keeps what was typed, except passwords", async () => {
    const taken = await createUser();
    const page = await newPage({ mobile: true });
    await page.goto("/signup");
    await page.getByLabel("Full name").fill("Dup Licate");
    await page.getByLabel("Email").fill(taken.email.toUpperCase());
    await page.getByLabel("Username").fill(taken.username);
    await page.getByLabel("Password", { exact: true }).fill("a-fine-passphrase");
    await page.getByLabel("Confirm password").fill("a-different-one");
    await page.getByRole("button", { name: "Create account" }).click();
    await page.getByText("The passwords don't match").waitFor(); // instantly, in the browser
    await page.getByLabel("Confirm password").fill("a-fine-passphrase");
    await page.getByRole("button", { name: "Create account" }).click();
    await page.getByText(/This username is taken/).waitFor(); // usernames are public; the email isn't told
    expect(await page.getByText(/already exists/).count()).toBe(0);
    expect(await page.getByLabel("Email").inputValue()).toBe(taken.email.toUpperCase());
    expect(await page.getByLabel("Full name").inputValue()).toBe("Dup Licate");
    expect(await page.getByLabel("Password", { exact: true }).inputValue()).toBe("");
    expect(path(page)).toBe("/signup");
  });

  it("resets a forgotten password in four steps, signing out the other devices", async () => {
    const user = await createUser();
    const elsewhere = await newPage();
    await signInThroughForm(elsewhere, user.email);

    const page = await newPage();
    await page.goto("/signin");
    await page.getByRole("link", { name: "Forgot your password?" }).click();
    await page.waitForURL((url) => url.pathname === "/password/reset");
    await page.getByLabel("Email").fill(user.email);
    await page.getByRole("button", { name: "Email me a reset link" }).click();
    await page.waitForURL((url) => url.pathname === "/password/reset/sent");
    await page.getByRole("heading", { name: "Check your inbox" }).waitFor();

    const { link } = await waitForEmail(user.email, /Reset your/);
    await page.goto(link);
    await page.getByLabel("New password", { exact: true }).fill("my-new-passphrase");
    await page.getByLabel("Confirm new password").fill("not-the-same-one");
    await page.getByRole("button", { name: "Set new password" }).click();
    await page.getByText("The passwords don't match").waitFor();
    await page.getByLabel("Confirm new password").fill("my-new-passphrase");
    await page.getByRole("button", { name: "Set new password" }).click();
    await page.waitForURL((url) => url.pathname === "/password/reset/complete");
    await page.getByRole("link", { name: "Sign in" }).click();
    await page.waitForURL((url) => url.pathname === "/signin");
    await signInThroughForm(page, user.email, "my-new-passphrase", page.url());
    expect(path(page)).toBe("/home");

    await elsewhere.goto("/home");
    expect(path(elsewhere)).toBe("/signin");
    await page.goto(link);
    await page.getByRole("heading", { name: "This reset link has already been used" }).waitFor();
    await page.getByRole("button", { name: "Email me a new link" }).waitFor();
  });

  it("answers a reset request for an unknown address exactly like a known one", async () => {
    const page = await newPage();
    await page.goto("/password/reset");
    await page.getByLabel("Email").fill(`nobody-${unique()}@example.test`);
    await page.getByRole("button", { name: "Email me a reset link" }).click();
    await page.waitForURL((url) => url.pathname === "/password/reset/sent");
  });

  it("refuses a password change with a wrong current password, then accepts the right one", async () => {
    const user = await createUser();
    const elsewhere = await newPage();
    await signInThroughForm(elsewhere, user.email);
    const page = await newPage();
    await signInThroughForm(page, user.email);
    await page.goto("/settings");
    const section = page.getByRole("region", { name: "Password" });
    const change = async (current: string) => {
      await section.getByLabel("Current password").fill(current);
      await section.getByLabel("New password", { exact: true }).fill("a-changed-passphrase");
      await section.getByLabel("Confirm new password").fill("a-changed-passphrase");
      await section.getByRole("button", { name: "Change password" }).click();
    };
    await change("definitely-not-it");
    await section.getByText("That isn't your current password.").waitFor();
    expect(await section.getByLabel("Current password").getAttribute("aria-invalid")).toBe("true");

    await change(TEST_PASSWORD);
    await page.getByText("Password changed. Your other devices have been signed out.").waitFor();
    await page.reload();
    expect(path(page)).toBe("/settings"); // this browser stays signed in
    await elsewhere.goto("/home");
    expect(path(elsewhere)).toBe("/signin");
  });

  it("updates the profile and avatar, shown in the header at once", async () => {
    const user = await createUser({ fullName: "Before Name" });
    const page = await newPage();
    await signInThroughForm(page, user.email);
    await page.goto("/settings");
    const profile = page.getByRole("region", { name: "Profile" });
    await profile.getByLabel("Full name").fill("After Name");
    await profile.getByRole("button", { name: "Save profile" }).click();
    await page.getByText("Profile saved.").waitFor();
    await page.getByRole("button", { name: "Account menu" }).click();
    await page.getByRole("menu").getByText("After Name").waitFor();
    await page.keyboard.press("Escape");

    const png = Buffer.from(
      "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==",
      "base64",
    );
    await profile.getByLabel("Avatar image file").setInputFiles({ name: "me.png", mimeType: "image/png", buffer: png });
    await page.getByText("Avatar updated.").waitFor();
    const src = await page.getByRole("button", { name: "Account menu" }).locator("img").getAttribute("src");
    expect(src).toMatch(/^\/api\/uploads\/\w+$/);
    expect((await fetch(appUrl(src!))).headers.get("content-type")).toBe("image/png");
  });

  it("deletes the account after the password and typed confirmation, handing over an owned server", async () => {
    const user = await createUser();
    const moderator = await createUser();
    const server = await createServer(user, { members: [[moderator, "MODERATOR"]] });
    const page = await newPage();
    await signInThroughForm(page, user.email);
    await page.goto("/settings");
    await page.getByRole("region", { name: "Delete account" }).getByText(`${server.name} passes to @${moderator.username}.`).waitFor();
    await page.getByRole("button", { name: "Delete my account…" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByLabel("Your password").fill(TEST_PASSWORD);
    await dialog.getByLabel(/to confirm/).fill("delete my account");
    await dialog.getByRole("button", { name: "Delete my account" }).click();
    await page.waitForURL((url) => url.pathname === "/signin");
    await page.getByText("Your account has been deleted.").waitFor();
    await page.goto("/home");
    expect(path(page)).toBe("/signin");
  });

  it("tells someone who failed too often when to try again", async () => {
    const user = await createUser();
    for (let i = 0; i < accountLimits.signInFailuresPerAccount.limit; i++) {
      await checkRateLimit(signInAccountKey(user.email), accountLimits.signInFailuresPerAccount); // earlier failures
    }
    await checkRateLimit(signInAccountSlowKey(user.email), accountLimits.signInSlowedPerAccount); // and this minute's slowed one
    const page = await newPage();
    await page.goto("/signin");
    await page.getByLabel("Email").fill(user.email);
    await page.getByLabel("Password", { exact: true }).fill(TEST_PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByRole("alert").filter({ hasText: /Too many failed sign-in attempts for this account\. Try again in (1 minute|\d+ seconds)\./ }).waitFor();
    expect(path(page)).toBe("/signin");
  });

  it("answers a GET of Auth.js's sign-out URL with our confirm page, and signs out only on its button", async () => {
    const user = await createUser({ fullName: "Sam Signout" });
    const page = await newPage();
    await signInThroughForm(page, user.email);
    await page.goto("/api/auth/signout");
    expect(path(page)).toBe("/signout");
    await page.getByRole("heading", { name: "Sign out of Chatsphere?" }).waitFor();
    expect(await page.getByText(`Sam Signout (@${user.username})`).count()).toBe(1);
    expect(await db.session.count({ where: { userId: user.id } })).toBe(1); // looking signs nobody out

    await page.getByRole("link", { name: "Stay signed in" }).click();
    await page.waitForURL((url) => url.pathname === "/home");
    await page.goto("/signout");
    await page.getByRole("button", { name: "Sign out" }).click();
    await page.waitForURL((url) => url.pathname === "/signin");
    await page.getByText("You are signed out.").waitFor();
    expect(await db.session.count({ where: { userId: user.id } })).toBe(0);
    await page.goto("/api/auth/signout"); // signed out: nothing to confirm
    expect(path(page)).toBe("/signin");
    expect(page.errors).toEqual([]);
  });

  it("tells a suspended person, sent out of the app, why they were signed out", async () => {
    const admin = await createUser({ role: "ADMIN" });
    const user = await createUser();
    const signedIn = await newPage();
    await signInThroughForm(signedIn, user.email);
    // Their next step in the app, from a new tab: an open one is told to leave by itself
    // (admin.test.ts), and its reload racing this navigation would decide which one shows.
    await signedIn.close();
    await suspendUsers(admin, [user.id]);
    const page = await signedIn.context().newPage();
    await page.goto("/home");
    expect(path(page)).toBe("/signin");
    await page.getByRole("status").filter({ hasText: "This account was suspended, so you were signed out." }).waitFor();
    // Signing in again is refused with the same reason.
    await page.getByLabel("Email").fill(user.email);
    await page.getByLabel("Password", { exact: true }).fill(TEST_PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByRole("alert").filter({ hasText: "This account is suspended." }).waitFor();
    // Someone else on /signin, never signed in to that account, sees no such thing.
    const stranger = await newPage();
    await stranger.goto("/signin");
    await stranger.getByRole("heading", { name: "Welcome back" }).waitFor();
    expect(await stranger.getByText("This account was suspended").count()).toBe(0);
  });
});

describe("account pages over HTTP", () => {
  it("sends signed-out visitors of /settings to sign-in with a return path", async () => {
    const response = await fetch(appUrl("/settings"), { redirect: "manual" });
    expect(response.status).toBe(307);
    expect(new URL(response.headers.get("location")!, appUrl()).searchParams.get("callbackUrl")).toBe("/settings");
  });

  it("sends a signed-in person from /signin and /signup to /home, and ignores a callbackUrl on another origin", async () => {
    const user = await createUser();
    const page = await newPage();
    await signInThroughForm(page, user.email, TEST_PASSWORD, "/signin?callbackUrl=https%3A%2F%2Fevil.example%2Fhome");
    expect(page.url()).toBe(appUrl("/home"));
    for (const from of ["/signin", "/signup"]) {
      await page.goto(from);
      expect(path(page)).toBe("/home");
    }
  });

  it("ends the session row on Auth.js's own sign-out endpoint too, so a copied cookie stops working", async () => {
    const user = await createUser();
    const context = await newContext(browser);
    const page = await context.newPage();
    await signInThroughForm(page, user.email);
    const copied = (await context.cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
    const home = () => fetch(appUrl("/home"), { headers: { cookie: copied }, redirect: "manual" });
    expect((await home()).status).toBe(200);

    const { csrfToken } = await (await page.request.get("/api/auth/csrf")).json();
    await page.request.post("/api/auth/signout", { form: { csrfToken, callbackUrl: "/" } });
    expect(await db.session.count({ where: { userId: user.id } })).toBe(0);
    const after = await home();
    expect(after.status).toBe(307);
    expect(after.headers.get("location")).toContain("/signin");
  });

  it("turns a forged or malformed verification link into a clear page with a way to get a new one", async () => {
    const page = await newPage();
    for (const token of ["A".repeat(43), "not-a-token"]) {
      await page.goto(`/verify-email/${token}`);
      expect(page.url()).toBe(appUrl("/verify-email?status=invalid")); // same origin: the session cookie still applies
      await page.getByRole("heading", { name: "This link isn't valid" }).waitFor();
      await page.getByRole("button", { name: "Send a new link" }).waitFor();
    }
  });
});
