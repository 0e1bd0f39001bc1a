import { readFileSync } from "node:fs";
import path from "node:path";
import { encode } from "next-auth/jwt";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { freePort } from "../../scripts/lib/ports";
import { startProcess, type Service } from "../../scripts/lib/processes";
import { waitForHttp } from "../../scripts/lib/services";
import { appUrl, launchBrowser, newContext, signInThroughForm } from "../support/browser";
import { createServer, createThread, createUser, signInAs, TEST_PASSWORD, unique } from "../support/factories";
import { matrix } from "../support/security/matrix";
import { ACTORS, buildWorld, snapshotWorld } from "../support/security/world";
import { TEST_AUTH_SECRET } from "../setup/services";

// What only the real server shows: headers and CSP, cookies, Next.js's own checks on server
// actions (origin, body size), rate limits shared by two app processes, Auth.js's endpoints,
// and message text that must stay inert in Chromium.

const root = path.resolve(__dirname, "../..");
const distDir = process.env.NEXT_DIST_DIR || ".next-test";
const HTTPS_APP_URL = "https://chat.example.test";

// A second `next start` on the same build and database, configured as production would be
// (an https APP_URL): rate limits must hold across both, and its cookies must be Secure.
let second: { url: string; service: Service };
let browser: Browser;

beforeAll(async () => {
  const port = await freePort(0);
  const url = `http://127.0.0.1:${port}`;
  const service = startProcess("app-2", path.join(root, "node_modules/.bin/next"), ["start", "--port", String(port), "--hostname", "127.0.0.1"], {
    cwd: root,
    env: { ...process.env, NODE_ENV: "production", NEXT_DIST_DIR: distDir, APP_URL: HTTPS_APP_URL, PORT: String(port) },
    quiet: !process.env.E2E_VERBOSE,
  });
  second = { url, service };
  [browser] = await Promise.all([launchBrowser(), waitForHttp(`${url}/`, 60_000)]);
});
afterAll(async () => {
  await Promise.all([second?.service.stop(), browser?.close()]);
});

/** Signs in through Auth.js's own credentials endpoint; returns the Set-Cookie headers and the redirect. */
async function credentialsSignIn(base: string, email: string, password: string, headers: Record<string, string> = {}) {
  const csrf = await fetch(`${base}/api/auth/csrf`, { headers });
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const cookie = csrf.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
  const response = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { ...headers, cookie: [headers.cookie, cookie].filter(Boolean).join("; "), "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ csrfToken, email, password, callbackUrl: "/home" }),
  });
  return { cookies: response.headers.getSetCookie(), location: response.headers.get("location") ?? "" };
}

describe("headers", () => {
  it("a Content-Security-Policy naming only our origin, the realtime endpoint and the object store", async () => {
    const realtime = `127.0.0.1:${process.env.PUSHER_PORT}`;
    const storage = process.env.S3_ENDPOINT!;
    for (const page of ["/", "/signin", "/signup", "/password/reset"]) {
      const csp = (await fetch(appUrl(page))).headers.get("content-security-policy") ?? "";
      const directives = Object.fromEntries(csp.split(";").map((d) => d.trim().split(/\s+/)).map(([name, ...sources]) => [name, sources.join(" ")]));
      expect(directives, page).toEqual({
        "default-src": "'self'",
        "script-src": expect.stringMatching(/^'self' 'nonce-[A-Za-z0-9+/=]{16,}' 'strict-dynamic'$/),
        "style-src": "'self' 'unsafe-inline'", // style attributes (Radix positioning); styles run no code
        "img-src": `'self' data: blob: https: ${storage}`, // avatars and server icons may be any https:// image
        "media-src": `'self' blob: ${storage}`, // videos play from the object store
        "font-src": "'self'",
        "connect-src": `'self' ws://${realtime} http://${realtime} ${storage}`, // uploads go straight to the store
        "worker-src": "'self'", // the service worker (push notifications)
        "manifest-src": "'self'",
        "object-src": "'none'",
        "base-uri": "'self'",
        "form-action": "'self'",
        "frame-ancestors": "'none'",
      });
    }
  });

  it("nosniff, a strict referrer policy and no framing on pages, route handlers and assets alike", async () => {
    const html = await (await fetch(appUrl("/"))).text();
    const asset = /\/_next\/static\/[^"]+\.js/.exec(html)![0];
    for (const url of ["/", "/api/uploads/nothing", "/api/conversations/x/messages", asset]) {
      const response = await fetch(appUrl(url));
      expect(response.headers.get("x-content-type-options"), url).toBe("nosniff");
      expect(response.headers.get("referrer-policy"), url).toBe("strict-origin-when-cross-origin");
      expect(response.headers.get("x-frame-options"), url).toBe("DENY");
    }
    expect((await fetch(appUrl("/"))).headers.get("strict-transport-security")).toMatch(/max-age=\d{7,}/);
  });
});

describe("session cookies", () => {
  it("are HttpOnly and SameSite=Lax, and Secure (with the __Secure- prefix) when APP_URL is https", async () => {
    const user = await createUser();
    const plain = await credentialsSignIn(appUrl("/").replace(/\/$/, ""), user.email, TEST_PASSWORD);
    const plainSession = plain.cookies.find((c) => c.startsWith("authjs.session-token="))!;
    expect(plainSession).toMatch(/HttpOnly/i);
    expect(plainSession).toMatch(/SameSite=Lax/i);
    expect(plainSession).not.toMatch(/Secure/i);

    const secure = await credentialsSignIn(second.url, user.email, TEST_PASSWORD);
    const secureSession = secure.cookies.find((c) => c.startsWith("__Secure-authjs.session-token="));
    expect(secureSession, secure.cookies.join("\n")).toBeDefined();
    expect(secureSession).toMatch(/;\s*Secure/i);
    expect(secureSession).toMatch(/HttpOnly/i);
    for (const cookie of secure.cookies) expect(cookie, cookie).toMatch(/;\s*Secure/i);
  });
});

/** The id Next.js gave a server action in this build (the same id the browser would post). */
function actionId(file: string, name: string): string {
  const manifest = JSON.parse(readFileSync(path.join(root, distDir, "server/server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { exportedName?: string; filename?: string }>;
  };
  const found = Object.entries(manifest.node).find(([, entry]) => entry.exportedName === name && entry.filename?.endsWith(file));
  if (!found) throw new Error(`no action ${name} in ${file}`);
  return found[0];
}

/** Calls the sign-up action the way React does from /signup, with the given Origin. */
function postSignUp(origin: string, email: string, extra = "") {
  const fields = { fullName: `Cross Origin${extra}`, email, username: unique("co"), password: "a-long-enough-passphrase", confirmPassword: "a-long-enough-passphrase" };
  return fetch(appUrl("/signup"), {
    method: "POST",
    redirect: "manual",
    headers: {
      "next-action": actionId("lib/actions/auth/sign-up.ts", "signUpAction"),
      "content-type": "text/plain;charset=UTF-8",
      accept: "text/x-component",
      origin,
      "x-forwarded-for": `203.0.113.${Math.floor(Math.random() * 200)}`,
    },
    body: JSON.stringify([fields]),
  });
}

describe("server actions over HTTP", () => {
  it("refuse a call from another origin, and take the same call from ours", async () => {
    const evil = `${unique("evil")}@example.test`;
    const refused = await postSignUp("https://evil.example", evil);
    expect(refused.status).toBeGreaterThanOrEqual(400); // Next.js: "Invalid Server Actions request"
    expect(await db.user.count({ where: { email: evil } })).toBe(0);

    const ours = `${unique("ours")}@example.test`;
    const accepted = await postSignUp(new URL(appUrl("/")).origin, ours);
    expect(accepted.status).toBeLessThan(400);
    expect(await db.user.count({ where: { email: ours } })).toBe(1);
  });

  it("refuse a body over the 3 MB limit before the action runs", async () => {
    const origin = new URL(appUrl("/")).origin;
    const over = `${unique("big")}@example.test`;
    const refused = await postSignUp(origin, over, "x".repeat(3 * 1024 * 1024));
    // Next.js refuses it ("Body exceeded 3mb limit"; it answers 500 for its 413 error, Next 16.4).
    expect(refused.status).toBeGreaterThanOrEqual(400);
    expect(await db.user.count({ where: { email: over } })).toBe(0);
    // Just under the limit, the action runs (and refuses the name as too long: a 200 with its result).
    const under = await postSignUp(origin, `${unique("big")}@example.test`, "x".repeat(2.9 * 1024 * 1024));
    expect(under.status).toBe(200);
    expect(await under.text()).toContain("Use at most 80 characters");
  });
});

/** A session cookie for `user` (a real session row), as Auth.js would set it over http. */
async function sessionCookie(user: { id: string }) {
  const { sessionId } = await signInAs(user);
  return `authjs.session-token=${await encode({ token: { sub: user.id, sid: sessionId }, secret: TEST_AUTH_SECRET, salt: "authjs.session-token" })}`;
}

describe("malformed input over HTTP (hostile-probing findings: each answered 500)", () => {
  const paths = ["/s/%00", "/s/%zz", "/t/%zz", "/s/ok/%E0%A4%A", "/t/%00", "/api/v1/servers/%zz", "/api/v1/threads/%00/messages"];

  it.each(paths)("%s answers 400, signed in or out", async (path) => {
    const cookie = await sessionCookie(await createUser());
    for (const headers of [{}, { cookie }] as Record<string, string>[]) {
      const response = await fetch(appUrl(path), { redirect: "manual", headers });
      expect(response.status, `${path} ${Object.keys(headers)}`).toBe(400);
    }
  });

  it("a thread the viewer can't see answers a real 404 (and its own participant a 200)", async () => {
    const [a, b, outsider] = await Promise.all([createUser(), createUser(), createUser()]);
    const thread = await createThread([a, b]);
    for (const id of [thread.id, "nosuchthread123"]) {
      const response = await fetch(appUrl(`/t/${id}`), { redirect: "manual", headers: { cookie: await sessionCookie(outsider) } });
      expect(response.status, id).toBe(404);
    }
    expect((await fetch(appUrl(`/t/${thread.id}`), { headers: { cookie: await sessionCookie(a) } })).status).toBe(200);
  });

  it("server actions: another or a malformed origin → 403, an undecodable body → 400", async () => {
    const origin = new URL(appUrl("/")).origin;
    const post = (headers: Record<string, string>, body: BodyInit) =>
      fetch(appUrl("/signup"), {
        method: "POST",
        redirect: "manual",
        headers: { "next-action": actionId("lib/actions/auth/sign-up.ts", "signUpAction"), accept: "text/x-component", ...headers },
        body,
      });
    for (const bad of ["null", "not a url", "https://evil.example"]) {
      expect((await post({ origin: bad, "content-type": "text/plain;charset=UTF-8" }, "[]")).status, bad).toBe(403);
    }
    const undecodable: [string, BodyInit][] = [
      ["text/plain;charset=UTF-8", "not json"],
      ["text/plain;charset=UTF-8", '{"fullName":"x"}'],
      ["text/plain;charset=UTF-8", "\u0000\uffff"],
      ["multipart/form-data; boundary=nope", "--other\r\ngarbage"],
      ["multipart/form-data", "no boundary at all"],
    ];
    for (const [type, body] of undecodable) expect((await post({ origin, "content-type": type }, body)).status, `${type} ${body}`).toBe(400);
    // Without an action id, a multipart post to a page is refused the same way.
    const mpa = await fetch(appUrl("/signup"), { method: "POST", headers: { origin, "content-type": "multipart/form-data; boundary=x" }, body: "junk" });
    expect(mpa.status).toBe(400);
  });
});

describe("rate limits", () => {
  it("hold across two app processes sharing the database, and spare the owner's own browser", async () => {
    const user = await createUser();
    const ip = { "x-forwarded-for": `198.51.100.${Math.floor(Math.random() * 250)}` };
    // The owner signed in once on this browser: it keeps a device cookie.
    const owner = await credentialsSignIn(appUrl("/").replace(/\/$/, ""), user.email, TEST_PASSWORD, { "x-forwarded-for": "192.0.2.7" });
    const device = owner.cookies.find((c) => c.startsWith("chatsphere-device="));
    expect(device, owner.cookies.join("\n")).toMatch(/HttpOnly/i);
    // 10 failed sign-ins per account per 15 minutes, split between the two processes, then one a minute.
    for (let attempt = 0; attempt < 11; attempt++) {
      const base = attempt % 2 === 0 ? appUrl("/").replace(/\/$/, "") : second.url;
      const { location } = await credentialsSignIn(base, user.email, "wrong-password-here", ip);
      expect(location, `attempt ${attempt + 1}`).toContain("code=invalid");
    }
    for (const base of [second.url, appUrl("/").replace(/\/$/, "")]) {
      const { location, cookies } = await credentialsSignIn(base, user.email, TEST_PASSWORD, ip);
      expect(location).toContain("code=rate_limited"); // even with the right password
      expect(cookies.some((c) => c.includes("session-token="))).toBe(false);
    }
    // The owner's browser is not slowed by them, on either process.
    for (const base of [second.url, appUrl("/").replace(/\/$/, "")]) {
      const { location, cookies } = await credentialsSignIn(base, user.email, TEST_PASSWORD, { ...ip, cookie: device!.split(";")[0]! });
      expect(location).not.toContain("code=");
      expect(cookies.some((c) => c.includes("session-token="))).toBe(true);
    }
  });
});

describe("Auth.js's endpoints (the matrix rows that run over HTTP)", () => {
  const rows = matrix.filter((row) => row.http);

  it("has its rows", () => expect(rows.length).toBeGreaterThanOrEqual(2));

  it.each(rows.map((row) => [row.name, row] as const))("%s", async (_name, row) => {
    const world = await buildWorld({ visibility: row.visibility });
    const before = await snapshotWorld(world);
    for (const actor of ACTORS) {
      const sessionId = world.sessionOf[actor];
      const user = actor === "anonymous" || actor === "deleted" ? undefined : world.users[actor];
      const cookie = sessionId
        ? `authjs.session-token=${await encode({ token: { sub: user?.id ?? "gone", sid: sessionId }, secret: TEST_AUTH_SECRET, salt: "authjs.session-token" })}`
        : "";
      const response = await fetch(appUrl(row.http!.path), { method: row.http!.method, redirect: "manual", headers: cookie ? { cookie } : {} });
      const got = response.status < 400 ? "ok" : response.status;
      expect(got, `${row.name} as ${actor}`).toBe(row.expect[actor]);
    }
    expect(await snapshotWorld(world)).toEqual(before); // nobody was signed out
  });
});

describe("message text in Chromium", () => {
  const payloads = [
    "<script>window.__xss = 'script'</script>",
    "<img src=x onerror=\"window.__xss = 'img'\">",
    "<svg onload=\"window.__xss = 'svg'\"></svg>",
    "<a href=\"javascript:window.__xss = 'anchor'\">click me</a>",
    "javascript:window.__xss='bare'",
    "[click](javascript:window.__xss='markdown')",
    "https://example.test/\"onmouseover=\"window.__xss='attr'\"",
    "<iframe srcdoc=\"<script>parent.__xss = 'iframe'</script>\"></iframe>",
    "<style>body{display:none}</style>",
  ];

  it("stays text: no script runs, no element or handler is created, only http(s) links", async () => {
    const member = await createUser();
    const server = await createServer(member);
    const conversationId = server.channels[0]!.conversationId;
    await db.message.createMany({
      data: payloads.map((body, i) => ({ conversationId, seq: i + 1, authorId: member.id, clientId: unique("x"), body })),
    });
    await db.conversation.update({ where: { id: conversationId }, data: { lastSeq: payloads.length } });

    const page = await (await newContext(browser)).newPage();
    const dialogs: string[] = [];
    page.on("dialog", (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await signInThroughForm(page, member.email);
    await page.goto(`/s/${server.slug}/general`);
    const log = page.getByRole("log", { name: "Messages" });
    for (const payload of payloads) await log.getByText(payload, { exact: false }).first().waitFor();
    await log.locator("a").first().hover().catch(() => {});
    for (const link of await log.locator("a").all()) await link.hover().catch(() => {});

    expect(await page.evaluate(() => (window as unknown as { __xss?: string }).__xss)).toBeUndefined();
    expect(dialogs).toEqual([]);
    const inLog = await log.evaluate((root) => ({
      injected: root.querySelectorAll("script, img[src='x'], svg[onload], iframe, style").length,
      handlers: [...root.querySelectorAll("*")].flatMap((el) => [...el.attributes].filter((a) => a.name.startsWith("on")).map((a) => a.name)),
      hrefs: [...root.querySelectorAll("a[href]")].map((a) => a.getAttribute("href")!),
    }));
    expect(inLog.injected).toBe(0);
    expect(inLog.handlers).toEqual([]);
    for (const href of inLog.hrefs) expect(href).toMatch(/^(https?:\/\/|\/)/);
    expect(await page.locator("body").isVisible()).toBe(true); // the <style> payload did not apply
  });
});
