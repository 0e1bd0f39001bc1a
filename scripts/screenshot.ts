// Looks at a page as a user would, for development: a PNG of any URL of a running app.
//   npx tsx scripts/screenshot.ts http://localhost:3000/home shot.png --as alice@chatsphere.test [--dark] [--mobile] [--full]
// --as signs in through the real form first (password: --password, default the demo one).
import { parseArgs } from "node:util";
import { chromium } from "playwright-core";
import { CHROMIUM_ARGS } from "../tests/support/browser-args";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    as: { type: "string" },
    password: { type: "string", default: "chatsphere-demo" },
    dark: { type: "boolean", default: false },
    mobile: { type: "boolean", default: false },
    full: { type: "boolean", default: false },
  },
});

async function main() {
  const [url, out = "screenshot.png"] = positionals;
  if (!url) throw new Error("usage: tsx scripts/screenshot.ts <url> [out.png] [--as email] [--dark] [--mobile] [--full]");
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: CHROMIUM_ARGS });
  const context = await browser.newContext({
    viewport: values.mobile ? { width: 390, height: 844 } : { width: 1280, height: 800 },
    colorScheme: values.dark ? "dark" : "light",
  });
  const page = await context.newPage();
  page.on("console", (m) => m.type() === "error" && console.log("console error:", m.text()));
  page.on("pageerror", (e) => console.log("page error:", e.message));
  if (values.as) {
    await page.goto(new URL("/signin", url).toString());
    await page.getByLabel("Email").fill(values.as);
    await page.getByLabel("Password", { exact: true }).fill(values.password!);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL((u) => !u.pathname.startsWith("/signin"), { timeout: 30_000 });
  }
  await page.goto(url, { waitUntil: "networkidle" });
  await page.screenshot({ path: out, fullPage: values.full });
  console.log(`${out} ← ${page.url()}`);
  await browser.close();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
