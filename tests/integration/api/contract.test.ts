import { SignJWT } from "jose";
import { describe, expect, it } from "vitest";
import { accessTokenKey } from "@/lib/api/access-token";
import { apiEndpoints } from "@/lib/api/endpoints";
import { apiDocument, getOpenApiDocument } from "@/lib/api/endpoints/openapi";
import { apiClient, dispatch } from "../../support/api";
import { apiRouteFiles } from "../../support/api-routes";
import { createUser } from "../../support/factories";

const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;
const FALLBACK = "/{...path}";

async function mountedOperations() {
  const operations = new Map<string, unknown>();
  for (const route of apiRouteFiles()) {
    if (route.openApiPath === FALLBACK) continue;
    const exports = (await import(route.file)) as Record<string, unknown>;
    for (const method of METHODS) if (exports[method]) operations.set(`${method} ${route.openApiPath}`, exports[method]);
    expect(exports.OPTIONS, `${route.openApiPath} answers preflights`).toBeTypeOf("function");
  }
  return operations;
}

describe("the OpenAPI document and the routes", () => {
  it("documents every mounted route, and mounts every documented one with its declared handler", async () => {
    const mounted = await mountedOperations();
    const documented = Object.entries(apiDocument().paths).flatMap(([path, operations]) =>
      Object.keys(operations).map((method) => `${method.toUpperCase()} ${path}`),
    );
    expect([...mounted.keys()].sort()).toEqual(documented.sort());

    for (const { spec, handle } of [...apiEndpoints, getOpenApiDocument]) {
      expect(mounted.get(`${spec.method} ${spec.path}`), `${spec.method} ${spec.path}`).toBe(handle);
    }
  });

  it("gives every operation a unique id, a summary, a listed tag and its error responses", () => {
    const operations = Object.values(apiDocument().paths).flatMap((byMethod) => Object.values(byMethod));
    const ids = operations.map((operation) => operation.operationId);
    expect(new Set(ids).size).toBe(ids.length);
    const tags = new Set(apiDocument().tags.map((tag) => tag.name));
    for (const operation of operations) {
      expect(operation.summary).toBeTruthy();
      expect(tags, `${String(operation.operationId)}'s tag is listed (the docs page groups by it)`).toContain(operation.tags[0]);
      const security = operation.security as unknown[];
      const responses = Object.keys(operation.responses as object);
      if (security.length > 0) expect(responses, String(operation.operationId)).toEqual(expect.arrayContaining(["401", "403"]));
    }
  });

  it("is served at /openapi.json as OpenAPI 3.1 with resolvable references", async () => {
    const response = await dispatch(new Request("http://test.local/api/v1/openapi.json"));
    expect(response.status).toBe(200);
    const document = await response.json();
    expect(document.openapi).toBe("3.1.0");
    expect(document.components.securitySchemes.bearerAuth).toMatchObject({ type: "http", scheme: "bearer" });
    const refs = [...JSON.stringify(document).matchAll(/"\$ref":"#\/components\/schemas\/([^"]+)"/g)].map((m) => m[1]!);
    expect(refs.length).toBeGreaterThan(0);
    for (const ref of refs) expect(document.components.schemas, ref).toHaveProperty(ref);
    expect(JSON.stringify(document)).not.toContain("$defs");
  });

  it("answers unknown paths with the JSON error shape", async () => {
    const response = await dispatch(new Request("http://test.local/api/v1/nothing/here", { method: "POST" }));
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ error: { code: "not_found", message: "There is no endpoint POST /api/v1/nothing/here: see /api/v1/openapi.json." } });
  });

  it("allows no other origin when CORS_ORIGINS is empty (same origin only)", async () => {
    const response = await dispatch(
      new Request("http://test.local/api/v1/me", { method: "OPTIONS", headers: { Origin: "https://elsewhere.example", "Access-Control-Request-Method": "GET" } }),
    );
    expect(response.status).toBe(403);
    expect(response.headers.get("access-control-allow-origin")).toBeNull();
  });
});

describe("every endpoint that needs a token", () => {
  it("answers 401 to a missing, expired or forged one", async () => {
    const user = await createUser();
    const { tokens } = await apiClient().signIn(user);
    const claims = JSON.parse(Buffer.from(tokens.access.split(".")[1]!, "base64url").toString());
    const jwt = () => new SignJWT({ fam: claims.fam }).setProtectedHeader({ alg: "HS256", typ: "at+jwt" }).setSubject(user.id).setIssuer("chatsphere").setAudience("chatsphere-api");
    const now = Math.floor(Date.now() / 1000);
    const expired = await jwt().setIssuedAt(now - 3600).setExpirationTime(now - 1).sign(accessTokenKey());
    const forged = await jwt().setIssuedAt().setExpirationTime("5m").sign(new TextEncoder().encode("x".repeat(40)));

    const secured = Object.entries(apiDocument().paths).flatMap(([path, byMethod]) =>
      Object.entries(byMethod)
        .filter(([, operation]) => operation.security.length > 0)
        .map(([method]) => ({ method: method.toUpperCase(), path: path.replace(/\{[^}]+\}/g, "x") })),
    );
    expect(secured.length).toBeGreaterThan(10);
    for (const { method, path } of secured) {
      for (const token of [undefined, expired, forged]) {
        const response = await apiClient().call(method, path, { token, ...(method === "GET" ? {} : { body: {} }) });
        expect(response.status, `${method} ${path} with ${token === expired ? "an expired" : token ? "a forged" : "no"} token`).toBe(401);
      }
    }
  });
});
