import type { Browser, Page } from "playwright-core";
import { newContext, signInThroughForm } from "./browser";

// A conversation page in Chromium, as the conversation-tools tests open and read it.

/** A new context signed in through the form, with clipboard access and page errors collected. */
export async function signedIn(browser: Browser, email: string, errors: string[]) {
  const context = await newContext(browser);
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  const page = await context.newPage();
  page.on("pageerror", (error) => errors.push(error.message));
  await signInThroughForm(page, email);
  return { context, page };
}

export async function openConversation(browser: Browser, email: string, path: string, errors: string[]) {
  const session = await signedIn(browser, email, errors);
  await session.page.goto(path);
  await session.page.getByRole("log", { name: "Messages" }).waitFor();
  return session;
}

// Rows in the message log (the streamed page holds a hidden copy of the first render outside it).
export const log = (page: Page) => page.getByRole("log", { name: "Messages" });
export const row = (page: Page, seq: number) => log(page).locator(`[data-seq="${seq}"]`);
export const composer = (page: Page) => page.getByRole("textbox", { name: /^Message / });
export const messageRow = (page: Page, text: string) => log(page).locator("[data-seq]").filter({ hasText: text });
