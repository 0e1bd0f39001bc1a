import "../scripts/lib/outside-next";
import path from "node:path";
import zlib from "node:zlib";
import { chromium, type Browser, type Cookie } from "playwright-core";
import { runCommand } from "../scripts/lib/processes";
import { CHROMIUM_ARGS } from "../tests/support/browser-args";
import { runBench } from "./support/lifecycle";
import { printResult, ROOT, startRun, writeResult, type BenchResult } from "./support/results";
import { benchApp, benchDatabase, benchSoketi, buildBenchApp } from "./support/services";
import { ms, ratio, summarize, type Summary } from "./support/stats";
import { connect } from "./support/world";

// Pages: /home and a channel page of a production build (`next start`), signed in as a demo user
// (alice, through the real sign-in form) on a database holding the demo seed plus a channel
// history of a few hundred messages.
//   JavaScript: each page loaded once in a fresh Chromium context (empty cache). "First-load JS"
//   is what the HTML's <script src> tags name — what must arrive before the page is interactive;
//   "by network idle" adds everything the page loads by itself afterwards (the realtime client),
//   everything Chromium fetched before the network went quiet without anyone touching the page.
//   Sizes are gzip (level 6, what `next start` sends) of each script. Route prefetches for links
//   in view are blocked: they fetch other pages' scripts.
//   Time to first byte: sequential requests with the session cookie, pages interleaved, timed to
//   the response headers (and to the whole body).
// Baseline, measured in the same run: the landing page, signed in too — the same proxy, session
// check and root layout, but no page data and no app shell — and the scripts every page shares.

const REQUESTS = Number(process.env.BENCH_PAGES_REQUESTS ?? 30);
const WARMUP = 5;
const BROWSER_LOADS = Number(process.env.BENCH_PAGES_LOADS ?? 5);
const HISTORY_MESSAGES = 300;
const FIRST_LOAD_TARGET_KB = 200;
const DEMO = { email: "alice@chatsphere.test", password: "chatsphere-demo" };

const BASELINE = { name: "landing page (baseline)", path: "/" };
const PAGES = [
  { name: "/home", path: "/home" },
  { name: "channel page", path: "/s/nextjs-builders/general" },
];
const ALL = [BASELINE, ...PAGES];

type Script = { path: string; bytes: number; gzip: number; inHtml: boolean; holds: string[] };

/** Libraries recognisable in a script by a string they always carry, to say what a script is. */
const LIBRARIES: [string, RegExp][] = [
  ["pusher-js", /pusher:subscription_succeeded/],
  ["zod", /\$ZodType/],
  ["Radix", /data-radix-/],
  ["sonner", /data-sonner-toaster/],
];
type PageWeight = { scripts: Script[]; firstLoadGzip: number; networkIdleGzip: number; htmlGzip: number };
type BrowserTiming = { ttfb: number; domContentLoaded: number; load: number; messagesShown: number | null };
type PageResult = { name: string; path: string; weight: PageWeight; ttfb: Summary; wholeResponse: Summary; browser: Record<keyof BrowserTiming, number | null> };

const gzipSize = (body: Buffer) => zlib.gzipSync(body).length;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

void runBench("pages", 300, async (context) => {
  const finishRun = startRun(() => database.description);
  if (!process.env.BENCH_SKIP_BUILD) {
    const started = performance.now();
    await buildBenchApp();
    console.log(`build: ${((performance.now() - started) / 1000).toFixed(0)} s`);
  }
  const database = await benchDatabase(context, "pages");
  await runCommand("seed", path.join(ROOT, "node_modules/.bin/tsx"), ["prisma/seed.ts"], { cwd: ROOT, quiet: true, env: { ...process.env, DATABASE_URL: database.url } });
  await addHistory(database.url);
  const soketi = await benchSoketi(context);
  const app = await benchApp(context, { DATABASE_URL: database.url, ...soketi.env });

  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: CHROMIUM_ARGS });
  context.defer(() => browser.close());
  const cookies = await signIn(browser, app.url);
  const cookieHeader = cookies.map((c) => `${c.name}=${c.value}`).join("; ");

  const weights = new Map<string, PageWeight>();
  for (const page of ALL) weights.set(page.path, await weigh(browser, cookies, app.url + page.path));
  const browserTimings = new Map<string, BrowserTiming[]>(ALL.map((page) => [page.path, []]));
  for (let i = 0; i < BROWSER_LOADS; i++) {
    for (const page of ALL) browserTimings.get(page.path)!.push(await timeInBrowser(browser, cookies, app.url + page.path));
  }
  const times = new Map<string, { ttfb: number[]; whole: number[] }>(ALL.map((page) => [page.path, { ttfb: [], whole: [] }]));
  for (let i = 0; i < WARMUP + REQUESTS; i++) {
    for (const page of ALL) {
      const t = await timeRequest(app.url + page.path, cookieHeader);
      if (i < WARMUP) continue;
      times.get(page.path)!.ttfb.push(t.ttfb);
      times.get(page.path)!.whole.push(t.whole);
    }
  }

  const results: PageResult[] = ALL.map((page) => ({
    ...page,
    weight: weights.get(page.path)!,
    ttfb: summarize(times.get(page.path)!.ttfb),
    wholeResponse: summarize(times.get(page.path)!.whole),
    browser: medians(browserTimings.get(page.path)!),
  }));
  const [baseline, ...measured] = results as [PageResult, ...PageResult[]];
  const shared = sharedScripts(results);
  const channel = results.find((r) => r.name === "channel page")!;
  const later = channel.weight.scripts.filter((s) => !s.inHtml);

  const result: BenchResult & { pages: PageResult[]; baseline: PageResult; sharedScriptsGzip: number } = {
    name: "pages",
    title: "Pages",
    command: "npm run bench:pages",
    method:
      `A production build (\`next start\`) on the demo seed plus ${HISTORY_MESSAGES} messages in #general of Next.js Builders, signed in as alice (an owner: the channel page shows her every staff control) through the sign-in form. ` +
      `JavaScript: each page loaded once in a fresh Chromium context; first-load JS is the scripts the HTML names (<script src>), which must arrive before the page is interactive; ` +
      `"by network idle" adds what the page then loads by itself (the realtime client) — everything fetched before the network went quiet with nobody touching the page. Sizes are gzip level 6, as \`next start\` sends them; prefetches of linked routes are blocked. ` +
      `Time to first byte: ${REQUESTS} requests per page after ${WARMUP} warm-up rounds, one at a time with the session cookie, pages interleaved, timed to the response headers; and in Chromium, the median of ${BROWSER_LOADS} cold loads. ` +
      `Baseline in the same run: the landing page signed in (the same proxy, session check and root layout, no page data, no app shell), and the scripts every page shares.`,
    run: finishRun(),
    tables: [
      {
        caption: "JavaScript shipped (gzip); ratio: against the landing page's first-load JS",
        columns: ["page", "first-load JS (in the HTML)", "scripts", "ratio", "by network idle", "scripts", "HTML (gzip)"],
        rows: results.map((r) => [
          r.name,
          kb(r.weight.firstLoadGzip),
          r.weight.scripts.filter((s) => s.inHtml).length,
          ratio(r.weight.firstLoadGzip, baseline.weight.firstLoadGzip),
          kb(r.weight.networkIdleGzip),
          r.weight.scripts.length,
          kb(r.weight.htmlGzip),
        ]),
      },
      {
        caption: "Time to first byte (ms, sequential requests); ratio: p50 against the landing page's",
        columns: ["page", "requests", "p50", "p95", "max", "p50 ratio", "whole response p50"],
        rows: results.map((r) => [r.name, r.ttfb.count, ms(r.ttfb.p50), ms(r.ttfb.p95), ms(r.ttfb.max), ratio(r.ttfb.p50, baseline.ttfb.p50), ms(r.wholeResponse.p50)]),
      },
      {
        caption: `In Chromium: median of ${BROWSER_LOADS} cold loads (ms from navigation start)`,
        columns: ["page", "first byte", "DOMContentLoaded", "load", "messages on screen"],
        rows: results.map((r) => [r.name, ms(r.browser.ttfb ?? NaN), ms(r.browser.domContentLoaded ?? NaN), ms(r.browser.load ?? NaN), r.browser.messagesShown === null ? "–" : ms(r.browser.messagesShown)]),
      },
    ],
    targets: [
      {
        what: "channel page first-load JS (scripts in the HTML)",
        target: `< ${FIRST_LOAD_TARGET_KB} KB gzip`,
        measured: `${kb(channel.weight.firstLoadGzip)} (${ratio(channel.weight.firstLoadGzip, baseline.weight.firstLoadGzip)} the landing page's)`,
        met: channel.weight.firstLoadGzip < FIRST_LOAD_TARGET_KB * 1024,
        ...(channel.weight.firstLoadGzip < FIRST_LOAD_TARGET_KB * 1024 ? {} : { note: `over by ${kb(channel.weight.firstLoadGzip - FIRST_LOAD_TARGET_KB * 1024)}` }),
      },
      {
        what: "channel page JS by network idle (first load + what it loads by itself)",
        target: `< ${FIRST_LOAD_TARGET_KB} KB gzip`,
        measured: kb(channel.weight.networkIdleGzip),
        met: channel.weight.networkIdleGzip < FIRST_LOAD_TARGET_KB * 1024,
        ...(channel.weight.networkIdleGzip < FIRST_LOAD_TARGET_KB * 1024
          ? {}
          : {
              note:
                `over by ${kb(channel.weight.networkIdleGzip - FIRST_LOAD_TARGET_KB * 1024)}: after hydration the page loads ${later.map((s) => `${kb(s.gzip)} (${s.holds.join(", ") || "app code"})`).join(" and ")}, ` +
                "the realtime client (components/realtime/browser-client.ts: pusher-js, and the catalogue's payload schemas with zod's core)",
            }),
      },
    ],
    charts: [],
    notes: [
      `Every page shares ${kb(shared)} of scripts (Next.js, React, the root layout): ${ratio(shared, channel.weight.firstLoadGzip)} of the channel page's first-load JS.`,
      "Loaded on demand, so in neither figure: Radix's dialogs, menus, popovers and tooltips (on the first hover, focus or touch of a trigger), the forms of the create-server, add-channel and invite dialogs with their zod schemas (when opened), and sonner (with the first toast).",
      ...measured.map((r) => `${r.name}: TTFB p95 ${ms(r.ttfb.p95)} ms against the landing page's ${ms(baseline.ttfb.p95)} ms (${ratio(r.ttfb.p95, baseline.ttfb.p95)}).`),
      ...(database.embedded ? ["Embedded PGlite: it runs one query at a time, so times are higher than on PostgreSQL."] : []),
    ],
    pages: measured,
    baseline,
    sharedScriptsGzip: shared,
  };
  writeResult(result);
  printResult(result);
  if (process.env.BENCH_PAGES_LIST) {
    for (const r of results) for (const s of r.weight.scripts) console.log(`${r.name}\t${s.inHtml ? "html" : "later"}\t${kb(s.gzip)}\t${s.path}\t${s.holds.join(", ")}`);
  }
});

/** A full first page and more in #general: the channel page as people see it. */
async function addHistory(databaseUrl: string) {
  const db = connect(databaseUrl, 1);
  try {
    await db.query(
      `WITH conversation AS (
         SELECT ch."conversationId" AS id, c."lastSeq" AS last FROM "Channel" ch
         JOIN "Server" s ON s.id = ch."serverId" JOIN "Conversation" c ON c.id = ch."conversationId"
         WHERE s.slug = 'nextjs-builders' AND ch.slug = 'general'),
       authors AS (
         SELECT array_agg(m."userId" ORDER BY m."userId") AS ids FROM "ServerMember" m JOIN "Server" s ON s.id = m."serverId"
         WHERE s.slug = 'nextjs-builders'),
       inserted AS (
         INSERT INTO "Message"("id", "conversationId", "seq", "authorId", "clientId", "body", "createdAt", "updatedAt")
         SELECT 'benchpages' || i, conversation.id, conversation.last + i, authors.ids[1 + i % array_length(authors.ids, 1)], 'benchpages' || i,
                'Message ' || i || ': an ordinary line of chat, long enough to wrap on a phone, with a link https://example.com/' || i,
                now() - make_interval(mins => $1 - i), now()
         FROM conversation, authors, generate_series(1, $1::int) i
         RETURNING 1)
       UPDATE "Conversation" SET "lastSeq" = "lastSeq" + (SELECT count(*) FROM inserted), "lastMessageAt" = now()
       FROM conversation WHERE "Conversation".id = conversation.id`,
      [HISTORY_MESSAGES],
    );
  } finally {
    await db.end();
  }
}

async function signIn(browser: Browser, appUrl: string): Promise<Cookie[]> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(`${appUrl}/signin`);
    await page.getByLabel("Email").fill(DEMO.email);
    await page.getByLabel("Password", { exact: true }).fill(DEMO.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL((url) => !url.pathname.startsWith("/signin"), { timeout: 30_000 });
    return await context.cookies();
  } finally {
    await context.close();
  }
}

/** Every script one cold load of `url` fetched until the network went quiet, and which of them the HTML names. */
async function weigh(browser: Browser, cookies: Cookie[], url: string): Promise<PageWeight> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    await context.addCookies(cookies);
    const page = await context.newPage();
    await page.route("**/*", (route) => (route.request().headers()["next-router-prefetch"] ? route.abort() : route.continue()));
    const responses: Promise<Omit<Script, "inHtml">>[] = [];
    page.on("response", (response) => {
      if (response.request().resourceType() !== "script") return;
      responses.push(
        response.body().then((body) => ({
          path: new URL(response.url()).pathname,
          bytes: body.length,
          gzip: gzipSize(body),
          holds: LIBRARIES.filter(([, marker]) => marker.test(body.toString("utf8"))).map(([name]) => name),
        })),
      );
    });
    const document = await page.goto(url, { waitUntil: "networkidle" });
    if (document?.status() !== 200) throw new Error(`${url} answered ${document?.status()}`);
    const html = await document.body();
    const named = new Set(
      // nomodule scripts (polyfills) are for browsers without modules: not loaded by current ones
      [...html.toString("utf8").matchAll(/<script(?![^>]*nomodule)[^>]*\ssrc="([^"]+)"/gi)].map((m) => new URL(m[1]!.replaceAll("&amp;", "&"), url).pathname),
    );
    const scripts = (await Promise.all(responses)).map((s) => ({ ...s, inHtml: named.has(s.path) }));
    const missing = [...named].filter((p) => !scripts.some((s) => s.path === p));
    if (missing.length) throw new Error(`${url}: the HTML names scripts that were not loaded: ${missing.join(", ")}`);
    const sum = (list: Script[]) => list.reduce((total, s) => total + s.gzip, 0);
    return { scripts, firstLoadGzip: sum(scripts.filter((s) => s.inHtml)), networkIdleGzip: sum(scripts), htmlGzip: gzipSize(html) };
  } finally {
    await context.close();
  }
}

/** One cold load in Chromium: navigation timing, and when the first message row appeared (channel pages). */
async function timeInBrowser(browser: Browser, cookies: Cookie[], url: string): Promise<BrowserTiming> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    await context.addCookies(cookies);
    await context.addInitScript(() => {
      const seen = globalThis as unknown as { __messagesShown?: number };
      new MutationObserver((_, observer) => {
        if (document.querySelector("[data-seq]")) {
          seen.__messagesShown = performance.now();
          observer.disconnect();
        }
      }).observe(document, { childList: true, subtree: true });
    });
    const page = await context.newPage();
    await page.route("**/*", (route) => (route.request().headers()["next-router-prefetch"] ? route.abort() : route.continue()));
    await page.goto(url, { waitUntil: "load" });
    if (url.includes("/s/")) await page.locator("[data-seq]").first().waitFor();
    return await page.evaluate(() => {
      const [navigation] = performance.getEntriesByType("navigation") as PerformanceNavigationTiming[];
      return {
        ttfb: navigation!.responseStart,
        domContentLoaded: navigation!.domContentLoadedEventEnd,
        load: navigation!.loadEventEnd,
        messagesShown: (globalThis as unknown as { __messagesShown?: number }).__messagesShown ?? null,
      };
    });
  } finally {
    await context.close();
  }
}

async function timeRequest(url: string, cookie: string) {
  const started = performance.now();
  const response = await fetch(url, { headers: { cookie }, redirect: "manual" });
  const ttfb = performance.now() - started;
  await response.arrayBuffer();
  if (response.status !== 200) throw new Error(`${url} answered ${response.status}`);
  return { ttfb, whole: performance.now() - started };
}

function medians(timings: BrowserTiming[]): Record<keyof BrowserTiming, number | null> {
  const median = (values: (number | null)[]) => {
    const present = values.filter((v): v is number => v !== null);
    return present.length ? summarize(present).p50 : null;
  };
  return {
    ttfb: median(timings.map((t) => t.ttfb)),
    domContentLoaded: median(timings.map((t) => t.domContentLoaded)),
    load: median(timings.map((t) => t.load)),
    messagesShown: median(timings.map((t) => t.messagesShown)),
  };
}

/** The gzip size of the scripts every measured page loads. */
function sharedScripts(results: PageResult[]): number {
  const [first, ...rest] = results.map((r) => r.weight.scripts);
  return first!.filter((s) => rest.every((list) => list.some((other) => other.path === s.path))).reduce((total, s) => total + s.gzip, 0);
}
