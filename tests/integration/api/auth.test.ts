import { SignJWT } from "jose";
import { describe, expect, it } from "vitest";
import { accessTokenKey, signAccessToken } from "@/lib/api/access-token";
import { suspendUsers } from "@/lib/admin/users/suspend-users";
import { db } from "@/lib/db";
import { apiClient } from "../../support/api";
import { createUser, TEST_PASSWORD } from "../../support/factories";
import { TEST_AUTH_SECRET } from "../../setup/services";

const api = apiClient();
const ip = () => `198.51.100.${Math.floor(Math.random() * 250) + 1}`;

describe("POST /api/v1/auth/token", () => {
  it("trades valid credentials for an access and a refresh token", async () => {
    const user = await createUser();
    const response = await api.call("POST", "/auth/token", { body: { email: user.email.toUpperCase(), password: TEST_PASSWORD } });
    expect(response.status).toBe(201);
    expect(response.body).toEqual({ access: expect.any(String), refresh: expect.stringMatching(/^rt_/), expiresIn: 1800, refreshExpiresIn: 86400 });
    expect(response.headers.get("cache-control")).toBe("no-store");

    const me = await api.call("GET", "/me", { token: response.body.access });
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({ id: user.id, email: user.email, username: user.username, emailVerified: true });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).lastSeenAt).not.toBeNull();
    // Only the hash of the refresh token is stored.
    const stored = await db.refreshToken.findMany({ where: { userId: user.id } });
    expect(stored).toHaveLength(1);
    expect(stored[0]!.tokenHash).not.toContain(response.body.refresh);
  });

  it("answers a wrong password and an unknown email alike", async () => {
    const user = await createUser();
    const headers = { "X-Forwarded-For": ip() };
    const wrong = await api.call("POST", "/auth/token", { body: { email: user.email, password: "not-the-password" }, headers });
    const unknown = await api.call("POST", "/auth/token", { body: { email: `nobody-${user.email}`, password: TEST_PASSWORD }, headers });
    for (const response of [wrong, unknown]) {
      expect(response.status).toBe(401);
      expect(response.body).toEqual({ error: { code: "unauthorized", message: "Incorrect email or password." } });
    }
  });

  it("slows failed attempts per account as the sign-in page does, answering 429 with Retry-After", async () => {
    const user = await createUser();
    const attempt = (password: string) => api.call("POST", "/auth/token", { body: { email: user.email, password }, headers: { "X-Forwarded-For": ip() } });
    for (let i = 0; i < 10; i++) expect((await attempt("not-the-password")).status).toBe(401);
    expect((await attempt("not-the-password")).status).toBe(401); // past the limit: this minute's one attempt
    const limited = await attempt(TEST_PASSWORD);
    expect(limited.status).toBe(429);
    expect(limited.body.error).toMatchObject({ code: "rate_limited", message: expect.stringMatching(/Too many failed sign-in attempts for this account\. Try again in (1 minute|\d+ seconds|a second)\./) });
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(Number(limited.headers.get("retry-after"))).toBeLessThanOrEqual(60);
  });

  it("names each invalid field", async () => {
    const response = await api.call("POST", "/auth/token", { body: { email: "not an email" } });
    expect(response.status).toBe(400);
    expect(response.body.error).toMatchObject({ code: "validation", fields: { email: "Enter a valid email address", password: "Enter your password" } });
    const broken = await api.call("POST", "/auth/token", { body: "{ not json" });
    expect(broken.status).toBe(400);
    expect(broken.body.error.message).toBe("The request body is not valid JSON.");
  });

  it("refuses suspended accounts, and gives unverified ones tokens (they may read, not post)", async () => {
    const suspended = await createUser({ status: "SUSPENDED" });
    const refused = await api.call("POST", "/auth/token", { body: { email: suspended.email, password: TEST_PASSWORD } });
    expect(refused.status).toBe(403);
    expect(refused.body.error.message).toMatch(/suspended/);

    const unverified = await createUser({ verified: false });
    const session = await api.signIn(unverified);
    expect((await session.get("/me")).body.emailVerified).toBe(false);
  });

  it("refuses bodies over 64 KB with 413 before parsing them", async () => {
    const response = await api.call("POST", "/auth/token", { body: { email: "a@b.test", password: "x".repeat(70_000) } });
    expect(response.status).toBe(413);
    expect(response.body.error.code).toBe("too_large");
  });
});

describe("bearer authentication", () => {
  it("answers 401 with a JSON error and WWW-Authenticate when the token is missing or malformed", async () => {
    for (const headers of [{}, { Authorization: "Basic abc" }, { Authorization: "Bearer" }] as Record<string, string>[]) {
      const response = await api.call("GET", "/me", { headers });
      expect(response.status).toBe(401);
      expect(response.body.error.code).toBe("unauthorized");
      expect(response.headers.get("www-authenticate")).toMatch(/^Bearer/);
    }
  });

  it("refuses forged, expired and unsigned tokens", async () => {
    const user = await createUser();
    const { tokens } = await api.signIn(user);
    const familyId = (await db.refreshToken.findFirstOrThrow({ where: { userId: user.id } })).familyId;
    const claims = { fam: familyId };
    const build = () => new SignJWT(claims).setProtectedHeader({ alg: "HS256", typ: "at+jwt" }).setSubject(user.id).setIssuer("chatsphere").setAudience("chatsphere-api");

    const forged = await build().setIssuedAt().setExpirationTime("10m").sign(new TextEncoder().encode("some-other-secret-of-32-characters-or-more"));
    // The key is derived from AUTH_SECRET, never AUTH_SECRET itself.
    const withAuthSecret = await build().setIssuedAt().setExpirationTime("10m").sign(new TextEncoder().encode(TEST_AUTH_SECRET));
    const expired = await build().setIssuedAt(Math.floor(Date.now() / 1000) - 3600).setExpirationTime(Math.floor(Date.now() / 1000) - 60).sign(accessTokenKey());
    const [header, payload] = tokens.access.split(".");
    const unsigned = `${Buffer.from(JSON.stringify({ alg: "none", typ: "at+jwt" })).toString("base64url")}.${payload}.`;
    const tampered = `${header}.${Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(payload!, "base64url").toString()), sub: "someoneelse" })).toString("base64url")}.${tokens.access.split(".")[2]}`;

    for (const token of [forged, withAuthSecret, unsigned, tampered, "garbage"]) {
      const response = await api.call("GET", "/me", { token });
      expect(response.status, token).toBe(401);
      expect(response.body.error.message).toBe("The access token is not valid.");
    }
    const response = await api.call("GET", "/me", { token: expired });
    expect(response.status).toBe(401);
    expect(response.body.error.message).toMatch(/expired/);
  });

  it("stops working at once when the account is suspended or deleted", async () => {
    const user = await createUser();
    const admin = await createUser({ role: "ADMIN" });
    const session = await api.signIn(user);
    expect((await session.get("/me")).status).toBe(200);

    await db.user.update({ where: { id: user.id }, data: { status: "SUSPENDED" } });
    const suspended = await session.get("/me");
    expect(suspended.status).toBe(403);
    expect(suspended.body.error.message).toMatch(/suspended/);

    await db.user.update({ where: { id: user.id }, data: { status: "ACTIVE" } });
    expect((await session.get("/me")).status).toBe(200);
    // The admin's suspension also revokes every token: suspended is still what the client hears.
    await suspendUsers(admin, [user.id]);
    expect((await session.get("/me")).body.error.message).toMatch(/suspended/);
    await db.user.update({ where: { id: user.id }, data: { status: "ACTIVE" } });
    expect((await session.get("/me")).status).toBe(401);
    await db.user.delete({ where: { id: user.id } });
    expect((await session.get("/me")).status).toBe(401);
  });

  it("refuses a validly signed token whose family was never issued", async () => {
    const user = await createUser();
    const token = await signAccessToken({ userId: user.id, familyId: "made-up" });
    expect((await api.call("GET", "/me", { token })).status).toBe(401);
  });
});

describe("refresh tokens", () => {
  it("rotate: each refresh returns a new pair and spends the old refresh token", async () => {
    const user = await createUser();
    const { tokens } = await api.signIn(user);
    const first = await api.call("POST", "/auth/refresh", { body: { refresh: tokens.refresh } });
    expect(first.status).toBe(200);
    expect(first.body.refresh).not.toBe(tokens.refresh);
    expect((await api.call("GET", "/me", { token: first.body.access })).status).toBe(200);

    const second = await api.call("POST", "/auth/refresh", { body: { refresh: first.body.refresh } });
    expect(second.status).toBe(200);
    expect((await api.call("GET", "/me", { token: second.body.access })).status).toBe(200);
  });

  it("detect reuse: replaying a spent token revokes the whole family, access tokens included", async () => {
    const user = await createUser();
    const { tokens } = await api.signIn(user);
    const other = await api.signIn(user); // another device: a different family
    const rotated = await api.call("POST", "/auth/refresh", { body: { refresh: tokens.refresh } });

    const replay = await api.call("POST", "/auth/refresh", { body: { refresh: tokens.refresh } });
    expect(replay.status).toBe(401);
    expect(replay.body.error.message).toMatch(/already used/);

    expect((await api.call("POST", "/auth/refresh", { body: { refresh: rotated.body.refresh } })).status).toBe(401);
    expect((await api.call("GET", "/me", { token: rotated.body.access })).status).toBe(401);
    expect((await api.call("GET", "/me", { token: tokens.access })).status).toBe(401);
    // The other sign-in is untouched.
    expect((await other.get("/me")).status).toBe(200);
  });

  it("let only one of two concurrent refreshes with the same token win, and then revoke the family", async () => {
    const user = await createUser();
    const { tokens } = await api.signIn(user);
    const results = await Promise.all([1, 2].map(() => api.call("POST", "/auth/refresh", { body: { refresh: tokens.refresh } })));
    expect(results.map((r) => r.status).sort()).toEqual([200, 401]);
    const winner = results.find((r) => r.status === 200)!;
    expect((await api.call("GET", "/me", { token: winner.body.access })).status).toBe(401);
  });

  it("refuse unknown, expired and suspended accounts' tokens", async () => {
    const user = await createUser();
    const { tokens } = await api.signIn(user);
    expect((await api.call("POST", "/auth/refresh", { body: { refresh: "rt_unknown" } })).status).toBe(401);
    expect((await api.call("POST", "/auth/refresh", { body: {} })).status).toBe(400);

    await db.user.update({ where: { id: user.id }, data: { status: "SUSPENDED" } });
    expect((await api.call("POST", "/auth/refresh", { body: { refresh: tokens.refresh } })).status).toBe(403);
    await db.user.update({ where: { id: user.id }, data: { status: "ACTIVE" } });

    await db.refreshToken.updateMany({ where: { userId: user.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    const expired = await api.call("POST", "/auth/refresh", { body: { refresh: tokens.refresh } });
    expect(expired.status).toBe(401);
    expect(expired.body.error.message).toMatch(/expired/);
  });

  it("are revoked with their access tokens by /auth/revoke, which accepts unknown tokens silently", async () => {
    const user = await createUser();
    const session = await api.signIn(user);
    expect((await api.call("POST", "/auth/revoke", { body: { refresh: session.tokens.refresh } })).status).toBe(204);
    expect((await session.get("/me")).status).toBe(401);
    expect((await api.call("POST", "/auth/refresh", { body: { refresh: session.tokens.refresh } })).status).toBe(401);
    expect((await api.call("POST", "/auth/revoke", { body: { refresh: session.tokens.refresh } })).status).toBe(204);
    expect((await api.call("POST", "/auth/revoke", { body: { refresh: "rt_unknown" } })).status).toBe(204);
  });
});
