import type { Browser, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, signedInPage } from "../support/browser";
import { createUser, type TestUser } from "../support/factories";

// components/ui/lazy-radix.tsx stands in for Radix's triggers until the real parts load (on the
// first hover, focus or touch). Whatever someone does to a stand-in must end as it would have on
// real Radix: each case runs twice in the app, once with the real parts loaded first and once on
// the stand-in (the parts' chunk held back, so the press lands before Radix exists), and the two
// outcomes must be the same, and right: open, focus inside, Escape closes, focus back on the trigger.

let browser: Browser;
let user: TestUser;
beforeAll(async () => {
  browser = await launchBrowser();
  user = await createUser();
});
afterAll(() => browser?.close());

type Mode = "radix" | "stand-in";
type Overlay = { trigger: (page: Page) => Locator; content: (page: Page) => Locator };

const overlays: Record<string, Overlay> = {
  "the account menu (DropdownMenu)": {
    trigger: (page) => page.locator('button[aria-label="Account menu"]'),
    content: (page) => page.getByRole("menu"),
  },
  "the create-a-server dialog (Dialog)": {
    trigger: (page) => page.locator('button[aria-label="Create a server"]'),
    content: (page) => page.getByRole("dialog", { name: "Create a server" }),
  },
};

async function attributes(locator: Locator): Promise<Record<string, string>> {
  return locator.evaluate((element) => Object.fromEntries([...element.attributes].map((a) => [a.name, a.value])));
}

/** Where focus is, relative to the overlay and its trigger. */
function focus(page: Page, label: string) {
  return page.evaluate((label) => {
    const active = document.activeElement;
    return {
      inOverlay: Boolean(active?.closest("[role=menu], [role=dialog]")),
      role: active?.getAttribute("role") ?? active?.tagName.toLowerCase(),
      onTrigger: active?.getAttribute("aria-label") === label,
    };
  }, label);
}

async function run(overlay: Overlay, input: "keyboard" | "pointer", mode: Mode) {
  const page = await signedInPage(browser, user.email);
  const trigger = overlay.trigger(page);
  await trigger.waitFor();
  const label = (await trigger.getAttribute("aria-label"))!;
  let closedAttributes = await attributes(trigger);
  if (mode === "radix") {
    await trigger.hover();
    await page.waitForFunction(() => document.documentElement.dataset.overlays === "loaded");
    await page.mouse.move(0, 0);
    await page.waitForFunction((label) => document.querySelector(`[aria-label="${label}"]`)?.getAttribute("data-state") === "closed", label);
    closedAttributes = await attributes(trigger);
  } else {
    // Hold the lazily loaded chunks back, so the stand-in is what gets the press.
    await page.route("**/_next/static/chunks/**", async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      await route.continue();
    });
    expect(await page.evaluate(() => document.documentElement.dataset.overlays)).toBeUndefined();
  }

  if (input === "keyboard") {
    await trigger.focus();
    await page.keyboard.press("Enter");
  } else {
    await trigger.click();
  }
  await overlay.content(page).waitFor({ timeout: 15_000 });
  await page.waitForTimeout(300); // focus settles after the open animation starts
  const opened = { expanded: await trigger.getAttribute("aria-expanded"), state: await trigger.getAttribute("data-state"), focus: await focus(page, label) };

  await page.keyboard.press("Escape");
  await overlay.content(page).waitFor({ state: "hidden" });
  // Focus goes back as the overlay unmounts, a moment after it hides: give it that moment (either way).
  await page.waitForFunction((label) => document.activeElement?.getAttribute("aria-label") === label, label, { timeout: 2_000 }).catch(() => {});
  const closed = { expanded: await trigger.getAttribute("aria-expanded"), focus: await focus(page, label) };
  await page.context().close();
  return { opened, closed, closedAttributes };
}

describe("lazy Radix triggers behave as Radix's own (Chromium)", () => {
  for (const [name, overlay] of Object.entries(overlays)) {
    for (const input of ["keyboard", "pointer"] as const) {
      it(`${name}, ${input}`, async () => {
        const radix = await run(overlay, input, "radix");
        const standIn = await run(overlay, input, "stand-in");
        expect(radix.opened).toMatchObject({ expanded: "true", focus: { inOverlay: true } });
        expect(radix.closed).toMatchObject({ expanded: "false", focus: { onTrigger: true } });
        expect(standIn.opened).toEqual(radix.opened);
        expect(standIn.closed).toEqual(radix.closed);
        // The stand-in rendered what Radix renders while closed (Radix adds ids that link it to its content).
        const real = Object.entries(radix.closedAttributes).filter(([name]) => name !== "id" && name !== "aria-controls");
        expect(standIn.closedAttributes).toEqual(Object.fromEntries(real));
      }, 90_000);
    }
  }
});

describe("a lazy tooltip behaves as Radix's own (Chromium)", () => {
  it("shows on keyboard focus, hides on Escape, and focus stays on its trigger: on Radix and on the stand-in", async () => {
    const outcomes = [];
    for (const mode of ["radix", "stand-in"] as const) {
      const page = await signedInPage(browser, user.email);
      const trigger = page.locator('button[aria-label="Create a server"]');
      await trigger.waitFor();
      if (mode === "radix") {
        await trigger.hover();
        await page.waitForFunction(() => document.documentElement.dataset.overlays === "loaded");
        await page.mouse.move(0, 0);
        await page.getByRole("tooltip").waitFor({ state: "hidden" });
      } else {
        await page.route("**/_next/static/chunks/**", async (route) => {
          await new Promise((resolve) => setTimeout(resolve, 1_500));
          await route.continue();
        });
        expect(await page.evaluate(() => document.documentElement.dataset.overlays)).toBeUndefined();
      }
      await trigger.focus();
      const tooltip = page.getByRole("tooltip", { name: "Create a server" });
      await tooltip.waitFor({ timeout: 15_000 });
      await page.keyboard.press("Escape");
      await tooltip.waitFor({ state: "hidden" });
      outcomes.push({ mode, focus: await focus(page, "Create a server"), dialogOpen: await page.getByRole("dialog").isVisible() });
      await page.context().close();
    }
    expect(outcomes).toEqual([
      { mode: "radix", focus: { inOverlay: false, role: "button", onTrigger: true }, dialogOpen: false },
      { mode: "stand-in", focus: { inOverlay: false, role: "button", onTrigger: true }, dialogOpen: false },
    ]);
  }, 90_000);
});
