import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser } from "../../support/browser";
import { composer, messageRow, openConversation } from "../../support/conversation-page";
import { createThread, createUser } from "../../support/factories";

// Reactions in Chromium with a latency budget: in the e2e-latency project, which runs its files
// one at a time after the rest of the suite, so the budget measures the app, not a busy machine.

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

describe("reactions", () => {
  it("B reacts → A sees the chip within a second; toggles, who reacted, and the full picker", async () => {
    const alice = await createUser({ fullName: "Alice Chips" });
    const bob = await createUser({ fullName: "Bob Chips" });
    const thread = await createThread([alice, bob]);
    const errors: string[] = [];
    const a = await openConversation(browser, alice.email, `/t/${thread.id}`, errors);
    const b = await openConversation(browser, bob.email, `/t/${thread.id}`, errors);
    await composer(a.page).fill("React to this");
    await composer(a.page).press("Enter");
    const onB = messageRow(b.page, "React to this");
    await onB.waitFor({ timeout: 15_000 });
    const onA = messageRow(a.page, "React to this");
    await expect.poll(() => onA.getAttribute("data-seq"), { timeout: 15_000 }).toBe("1");

    // Bob reacts from the hover toolbar's quick picks; Alice's chip shows up within a second.
    await onB.hover();
    await onB.getByRole("button", { name: "Add reaction" }).click();
    const quick = b.page.getByRole("button", { name: "React with 🎉" });
    await quick.waitFor();
    const started = Date.now();
    await quick.click();
    const chipOnA = onA.locator('[data-reaction="🎉"]');
    await chipOnA.waitFor({ timeout: 5_000 });
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(await chipOnA.getAttribute("aria-pressed")).toBe("false");

    // Alice adds hers by clicking the chip: both see 2, and hers is pressed.
    await chipOnA.click();
    await expect.poll(() => onB.locator('[data-reaction="🎉"]').textContent(), { timeout: 5_000 }).toContain("2");
    await expect.poll(() => chipOnA.getAttribute("aria-pressed")).toBe("true");

    // Who reacted, on hover.
    await onB.locator('[data-reaction="🎉"]').hover();
    await expect.poll(() => b.page.locator("[data-who-reacted]").first().textContent(), { timeout: 10_000 }).toMatch(/Bob Chips, Alice Chips reacted with 🎉/);

    // The full picker loads on demand (its data from the app itself): search and pick.
    await onA.hover();
    await onA.getByRole("button", { name: "Add reaction" }).click();
    await a.page.getByRole("button", { name: "More emoji…" }).click();
    await a.page.getByRole("combobox", { name: "Search emoji" }).or(a.page.getByRole("searchbox", { name: "Search emoji" })).or(a.page.getByLabel("Search emoji")).first().fill("pizza");
    await a.page.getByRole("gridcell", { name: "🍕" }).or(a.page.getByRole("button", { name: "🍕" })).or(a.page.getByText("🍕", { exact: true })).first().click({ timeout: 15_000 });
    await onB.locator('[data-reaction="🍕"]').waitFor({ timeout: 5_000 });
    for (const dark of [false, true]) {
      await a.page.emulateMedia({ colorScheme: dark ? "dark" : "light" });
      await a.page.screenshot({ path: `/tmp/convo-tools-reactions-${dark ? "dark" : "light"}.png` });
    }
    expect(errors).toEqual([]);
    await Promise.all([a.context.close(), b.context.close()]);
  }, 180_000);
});
