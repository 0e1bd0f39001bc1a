import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ApiDocument } from "@/lib/api/openapi";
import { apiClient } from "../support/api";
import { appUrl, launchBrowser, newContext } from "../support/browser";
import { createUser } from "../support/factories";

// The API of the running app (next build + next start), over HTTP.

const api = apiClient({ fetcher: (request) => fetch(request), baseUrl: appUrl() });
let document: ApiDocument;
beforeAll(async () => {
  document = await (await fetch(appUrl("/api/v1/openapi.json"))).json();
});

function operations() {
  return Object.entries(document.paths).flatMap(([path, byMethod]) =>
    Object.entries(byMethod).map(([method, operation]) => ({ method: method.toUpperCase(), path: path.replace(/\{[^}]+\}/g, "x"), operation })),
  );
}

describe("every documented operation answers as documented", () => {
  it("without a token", async () => {
    for (const { method, path, operation } of operations()) {
      const response = await api.call(method, path, method === "GET" ? {} : { body: {} });
      expect(Object.keys(operation.responses), `${method} ${path} → ${response.status}`).toContain(String(response.status));
      if (operation.security.length > 0) expect(response.status, `${method} ${path}`).toBe(401);
      if (response.status >= 400) expect(response.body.error).toMatchObject({ code: expect.any(String), message: expect.any(String) });
    }
  });

  it("with a token", async () => {
    const session = await api.signIn(await createUser());
    for (const { method, path, operation } of operations()) {
      const response = await api.call(method, path, { token: session.tokens.access, ...(method === "GET" ? {} : { body: {} }) });
      expect(Object.keys(operation.responses), `${method} ${path} → ${response.status} ${JSON.stringify(response.body)}`).toContain(String(response.status));
    }
  });

  it("and paths that name no endpoint get the JSON error", async () => {
    const response = await api.call("GET", "/no/such/thing");
    expect(response.status).toBe(404);
    expect(response.body.error.code).toBe("not_found");
  });
});

describe("the API reference at /api/docs", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());

  it("renders every operation, under the app's Content-Security-Policy", async () => {
    const response = await fetch(appUrl("/api/docs"));
    expect(response.headers.get("content-security-policy")).toMatch(/script-src 'self' 'nonce-/);

    const page = await (await newContext(browser)).newPage();
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    page.on("console", (message) => message.type() === "error" && errors.push(message.text()));
    await page.goto("/api/docs");
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe("Chatsphere API");
    for (const { operation } of operations()) {
      await expect(page.getByRole("heading", { name: operation.summary, exact: true }).count(), operation.summary).resolves.toBe(1);
    }
    expect(errors).toEqual([]);
  });
});
