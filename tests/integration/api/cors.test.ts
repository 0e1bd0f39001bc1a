import { afterAll, describe, expect, it, vi } from "vitest";
import { apiClient, dispatch } from "../../support/api";
import { createUser } from "../../support/factories";

// The environment is read once per test file: this one allows a single other origin.
const previous = vi.hoisted(() => {
  const value = process.env.CORS_ORIGINS;
  process.env.CORS_ORIGINS = "https://app.example.com, http://localhost:5173";
  return value;
});
afterAll(() => {
  if (previous === undefined) delete process.env.CORS_ORIGINS;
  else process.env.CORS_ORIGINS = previous;
});

const api = apiClient();
const ALLOWED = "https://app.example.com";
const REFUSED = "https://evil.example.net";

function preflight(path: string, origin: string, method = "POST") {
  return dispatch(
    new Request(`http://test.local/api/v1${path}`, {
      method: "OPTIONS",
      headers: { Origin: origin, "Access-Control-Request-Method": method, "Access-Control-Request-Headers": "authorization, content-type" },
    }),
  );
}

describe("CORS on /api/v1", () => {
  it("answers a preflight from an allowed origin with the route's methods and headers, never credentials", async () => {
    const response = await preflight("/auth/token", ALLOWED);
    expect(response.status).toBe(204);
    expect(response.headers.get("access-control-allow-origin")).toBe(ALLOWED);
    expect(response.headers.get("access-control-allow-methods")).toBe("POST, OPTIONS");
    expect(response.headers.get("access-control-allow-headers")).toBe("Authorization, Content-Type");
    expect(response.headers.get("access-control-max-age")).toBe("600");
    expect(response.headers.get("access-control-allow-credentials")).toBeNull();
    expect(response.headers.get("vary")).toContain("Origin");
    expect((await preflight("/me", "http://localhost:5173", "GET")).headers.get("access-control-allow-origin")).toBe("http://localhost:5173");
  });

  it("refuses a preflight from any other origin, or for a method the route does not have", async () => {
    const refused = await preflight("/auth/token", REFUSED);
    expect(refused.status).toBe(403);
    expect(refused.headers.get("access-control-allow-origin")).toBeNull();
    expect((await refused.json()).error.code).toBe("forbidden");

    const wrongMethod = await preflight("/me", ALLOWED, "DELETE");
    expect(wrongMethod.status).toBe(403);
    expect(wrongMethod.headers.get("access-control-allow-origin")).toBeNull();
    // Lookalikes of an allowed origin are other origins.
    expect((await preflight("/me", "https://app.example.com.evil.net", "GET")).status).toBe(403);
    expect((await preflight("/me", "http://app.example.com", "GET")).status).toBe(403);
  });

  it("lets an allowed origin read responses, errors included, and leaves others without CORS headers", async () => {
    const user = await createUser();
    const { tokens } = await api.signIn(user);
    const allowed = await api.call("GET", "/me", { token: tokens.access, headers: { Origin: ALLOWED } });
    expect(allowed.status).toBe(200);
    expect(allowed.headers.get("access-control-allow-origin")).toBe(ALLOWED);
    expect(allowed.headers.get("access-control-expose-headers")).toContain("Retry-After");

    const error = await api.call("GET", "/me", { headers: { Origin: ALLOWED } });
    expect(error.status).toBe(401);
    expect(error.headers.get("access-control-allow-origin")).toBe(ALLOWED);

    const other = await api.call("GET", "/me", { token: tokens.access, headers: { Origin: REFUSED } });
    expect(other.headers.get("access-control-allow-origin")).toBeNull();
    expect(other.headers.get("vary")).toContain("Origin");
  });

  it("answers a plain OPTIONS (no Origin) with Allow", async () => {
    const response = await dispatch(new Request("http://test.local/api/v1/me", { method: "OPTIONS" }));
    expect(response.status).toBe(204);
    expect(response.headers.get("allow")).toBe("GET, PATCH, OPTIONS");
  });
});
