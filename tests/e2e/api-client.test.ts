import path from "node:path";
import readline from "node:readline";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { startProcess, type Service } from "../../scripts/lib/processes";
import { appUrl, launchBrowser, newContext, signInThroughForm } from "../support/browser";
import { createUser, TEST_PASSWORD } from "../support/factories";

// A separate client: examples/api-echo-bot.ts, run as its own process, using only the JSON API
// (bearer tokens, no cookies) and pusher-js, talks with a person using the web app in Chromium.

const root = path.resolve(import.meta.dirname, "../..");
let browser: Browser;
let bot: Service | undefined;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await bot?.stop();
  await browser?.close();
});

/** Starts the bot and resolves with the thread it opened, once it is listening. */
function startBot(email: string, peerUsername: string): Promise<string> {
  // No environment of the app's: the bot knows only the URL and its credentials.
  const args = ["examples/api-echo-bot.ts", "--url", appUrl(), "--email", email, "--password", TEST_PASSWORD, "--with", peerUsername];
  bot = startProcess("bot", path.join(root, "node_modules/.bin/tsx"), args, { cwd: root, quiet: !process.env.E2E_VERBOSE, env: { PATH: process.env.PATH, NODE_ENV: "production" } });
  const output: string[] = [];
  return new Promise((resolve, reject) => {
    for (const stream of [bot!.child.stdout!, bot!.child.stderr!]) {
      readline.createInterface({ input: stream }).on("line", (line) => {
        output.push(line);
        const ready = /^ready: .* in thread (\w+)$/.exec(line);
        if (ready) resolve(ready[1]!);
      });
    }
    bot!.child.once("exit", (code) => reject(new Error(`the bot exited (${code}):\n${output.join("\n")}`)));
  });
}

describe("a script client on the API, in conversation with a browser user", () => {
  it("greets, answers each message live, marks them read, and signs out on exit", async () => {
    const person = await createUser({ fullName: "Petra Person" });
    const botUser = await createUser({ fullName: "Echo Bot" });
    const threadId = await startBot(botUser.email, person.username);

    const page = await (await newContext(browser)).newPage();
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    await signInThroughForm(page, person.email);
    await page.goto(`/t/${threadId}`);
    await page.getByRole("log", { name: "Messages" }).waitFor();
    // Visible rows: what the person sees (a streamed page can leave a hidden copy of its HTML behind).
    const rows = page.locator("[data-seq]:visible");
    await rows.filter({ hasText: "Hi Petra Person! I'm Echo Bot's bot" }).waitFor({ timeout: 10_000 });

    // They share nothing, so the bot's thread reached her as a message request: she accepts it.
    await page.getByRole("region", { name: "Message request" }).getByRole("button", { name: "Accept" }).click();
    const composer = page.getByRole("textbox", { name: /^Message / });
    for (const text of ["Hello from Chromium", "And a second one"]) {
      await composer.fill(text);
      await composer.press("Enter");
      await rows.filter({ hasText: `You said: ${text}` }).waitFor({ timeout: 10_000 });
    }
    // The bot's receipts reach the browser as for any reader.
    await page.getByText("Seen", { exact: true }).waitFor({ timeout: 10_000 });
    const seqs = await rows.evaluateAll((elements) => elements.map((element) => element.getAttribute("data-seq")));
    expect(seqs).toEqual(["1", "2", "3", "4", "5"]);
    expect(errors).toEqual([]);

    // Stopping the bot revokes its tokens.
    await bot!.stop();
    await expect.poll(() => db.refreshToken.count({ where: { userId: botUser.id, revokedAt: null } }), { timeout: 10_000 }).toBe(0);
  });
});
