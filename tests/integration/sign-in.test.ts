import { describe, expect, it, vi } from "vitest";
import { signIn } from "@/lib/auth";
import { accountLimits } from "@/lib/accounts/rate-limits";
import { signInAccountKey, signInAccountSlowKey, signInDeviceKey, signInIpKey } from "@/lib/accounts/sign-in-limits";
import { DEVICE_COOKIE, newDeviceCookie } from "@/lib/accounts/sign-in-devices";
import { checkRateLimit, clearRateLimit } from "@/lib/rate-limit";
import { signInAction } from "@/lib/actions/auth/sign-in";
import { AccountSuspended, authenticate, InvalidCredentials, SignInRateLimited } from "@/lib/auth/credentials";
import { db } from "@/lib/db";
import { createUser, TEST_PASSWORD, unique } from "../support/factories";
import { currentRequest } from "../support/request-context";
import { newVisitor } from "../support/visitor";

// authenticate() is what Auth.js's Credentials provider runs, for the sign-in form and for a
// direct POST to /api/auth/callback/credentials alike.
function attempt(email: string, password: string, ip: string, deviceCookie?: string) {
  const headers = { "x-forwarded-for": ip, ...(deviceCookie ? { cookie: `theme=dark; ${DEVICE_COOKIE}=${deviceCookie}` } : {}) };
  return authenticate({ email, password }, new Request("http://app.test/api/auth/callback/credentials", { headers }));
}

const ip = () => `ip-${unique()}`;

/** Failed attempts made before the test (counted as sign-in counts them, without bcrypt's 0.3 s each). */
async function earlierAttempts(key: string, count: number) {
  for (let i = 0; i < count; i++) await checkRateLimit(key, { limit: count, windowSeconds: 15 * 60 });
}

describe("sign-in", () => {
  it("opens a session for the right password, also for an unverified account", async () => {
    const user = await createUser({ verified: false });
    const signedIn = await attempt(user.email.toUpperCase(), TEST_PASSWORD, ip());
    expect(signedIn).toMatchObject({ id: user.id, email: user.email });
    expect(await db.session.findUnique({ where: { id: signedIn.sessionId } })).toMatchObject({ userId: user.id });
    const { lastSeenAt } = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(Date.now() - lastSeenAt!.getTime()).toBeLessThan(60_000); // "last seen" starts at sign-in
  });

  it("fails the same way for a wrong password and an unknown email, and refuses suspended accounts", async () => {
    const user = await createUser();
    await expect(attempt(user.email, "wrong-password", ip())).rejects.toBeInstanceOf(InvalidCredentials);
    await expect(attempt(`nobody-${user.email}`, TEST_PASSWORD, ip())).rejects.toBeInstanceOf(InvalidCredentials);
    const suspended = await createUser({ status: "SUSPENDED" });
    await expect(attempt(suspended.email, TEST_PASSWORD, ip())).rejects.toBeInstanceOf(AccountSuspended);
    expect(await db.session.count({ where: { userId: { in: [user.id, suspended.id] } } })).toBe(0);
  });

  it(`slows an account to one attempt a minute after ${accountLimits.signInFailuresPerAccount.limit} failures from browsers it never used`, async () => {
    const user = await createUser();
    await earlierAttempts(signInAccountKey(user.email), accountLimits.signInFailuresPerAccount.limit - 1);
    await expect(attempt(user.email, "wrong", ip())).rejects.toBeInstanceOf(InvalidCredentials); // the 10th failure
    await expect(attempt(user.email, "wrong again", ip())).rejects.toBeInstanceOf(InvalidCredentials); // this minute's one attempt
    const refusal = await attempt(user.email, TEST_PASSWORD, ip()).catch((e) => e);
    expect(refusal).toBeInstanceOf(SignInRateLimited);
    expect(refusal.refusal).toMatchObject({ code: "rate_limited", message: expect.stringMatching(/for this account\. Try again in (1 minute|\d+ seconds|a second)\.$/) });
    await expect(attempt(`nobody-${user.email}`, "x", ip())).rejects.toBeInstanceOf(InvalidCredentials); // other accounts unaffected
    // The next minute's attempt goes through: with the right password, the owner is in.
    await clearRateLimit(signInAccountSlowKey(user.email));
    await expect(attempt(user.email, TEST_PASSWORD, ip())).resolves.toMatchObject({ id: user.id });
  });

  it("never slows the owner on a browser that signed in before (device cookie), whatever strangers tried", async () => {
    const user = await createUser();
    const strangers = ip();
    await earlierAttempts(signInAccountKey(user.email), 50);
    await earlierAttempts(signInAccountSlowKey(user.email), 5);
    await earlierAttempts(signInIpKey(strangers), 100); // even from the strangers' shared network
    await expect(attempt(user.email, TEST_PASSWORD, strangers)).rejects.toBeInstanceOf(SignInRateLimited);
    const device = newDeviceCookie(user.email);
    await expect(attempt(user.email, "a typo", strangers, device)).rejects.toBeInstanceOf(InvalidCredentials);
    await expect(attempt(user.email, TEST_PASSWORD, strangers, device)).resolves.toMatchObject({ id: user.id });
  });

  it("counts failures on a device cookie by themselves, and ignores a forged or another account's cookie", async () => {
    const user = await createUser();
    const other = await createUser();
    const device = newDeviceCookie(user.email);
    await earlierAttempts(signInDeviceKey(device.split(".")[0]!), accountLimits.signInFailuresPerDevice.limit);
    const refusal = await attempt(user.email, TEST_PASSWORD, ip(), device).catch((e) => e);
    expect(refusal.refusal).toMatchObject({ code: "rate_limited", message: expect.stringContaining("from this device") });
    await expect(attempt(user.email, TEST_PASSWORD, ip())).resolves.toMatchObject({ id: user.id }); // another browser
    // A cookie for another account, or a tampered one, is no cookie: the account's own limits apply.
    await earlierAttempts(signInAccountKey(other.email), 100);
    await earlierAttempts(signInAccountSlowKey(other.email), 5);
    const [nonce, sig] = newDeviceCookie(other.email).split(".");
    for (const cookie of [device, `${nonce}.${sig!.slice(1)}x`, `${nonce}.${sig}.x`, "garbage"]) {
      await expect(attempt(other.email, TEST_PASSWORD, ip(), cookie), cookie).rejects.toBeInstanceOf(SignInRateLimited);
    }
  });

  it("forgets an account's failures once someone signs in to it", async () => {
    const user = await createUser();
    await earlierAttempts(signInAccountKey(user.email), accountLimits.signInFailuresPerAccount.limit - 1);
    await attempt(user.email, TEST_PASSWORD, ip());
    await earlierAttempts(signInAccountKey(user.email), accountLimits.signInFailuresPerAccount.limit - 1);
    await expect(attempt(user.email, TEST_PASSWORD, ip())).resolves.toMatchObject({ id: user.id });
  });

  it(`limits failures per IP address (${accountLimits.signInFailuresPerIp.limit}), but not successful sign-ins`, async () => {
    const address = ip();
    const user = await createUser();
    await earlierAttempts(signInIpKey(address), accountLimits.signInFailuresPerIp.limit - 1);
    for (let i = 0; i < 3; i++) await attempt(user.email, TEST_PASSWORD, address); // people behind one NAT signing in
    await expect(attempt(`${unique()}@example.test`, "guess", address)).rejects.toBeInstanceOf(InvalidCredentials); // the 30th failure
    const refusal = await attempt(user.email, TEST_PASSWORD, address).catch((e) => e);
    expect(refusal.refusal).toMatchObject({ code: "rate_limited", message: expect.stringContaining("from your network") });
    await expect(attempt(user.email, TEST_PASSWORD, ip())).resolves.toMatchObject({ id: user.id }); // from elsewhere
  });
});

describe("the sign-in action", () => {
  // Auth.js's signIn is stood in for: it runs the same authenticate() on the request's headers.
  function throughAuthJs() {
    vi.mocked(signIn).mockImplementationOnce(async (_provider, options) => {
      const { email, password } = options as { email: string; password: string };
      await authenticate({ email, password }, new Request("http://app.test/api/auth/callback/credentials", { headers: currentRequest().headers }));
    });
  }

  it("sends the person back to a same-site callbackUrl, never to another origin", async () => {
    const user = await createUser();
    for (const [callbackUrl, expected] of [["/s/x/general?y=1", "/s/x/general?y=1"], ["https://evil.example/home", "/home"], ["//evil.example", "/home"]]) {
      throughAuthJs();
      expect(await newVisitor().run(() => signInAction({ email: user.email, password: TEST_PASSWORD, callbackUrl }))).toMatchObject({ ok: true });
      expect(vi.mocked(signIn)).toHaveBeenLastCalledWith("credentials", expect.objectContaining({ redirectTo: expected }));
    }
  });

  it("answers with one generic message, a suspension notice, or a wait time", async () => {
    const user = await createUser();
    const suspended = await createUser({ status: "SUSPENDED" });
    const visitor = newVisitor();
    throughAuthJs();
    expect(await visitor.run(() => signInAction({ email: user.email, password: "nope" }))).toMatchObject({
      ok: false,
      error: { code: "unauthorized", message: "Incorrect email or password." },
      values: { email: user.email },
    });
    throughAuthJs();
    expect(await visitor.run(() => signInAction({ email: suspended.email, password: TEST_PASSWORD }))).toMatchObject({
      ok: false,
      error: { code: "forbidden", message: expect.stringContaining("suspended") },
    });
    await earlierAttempts(signInAccountKey(user.email), accountLimits.signInFailuresPerAccount.limit);
    await earlierAttempts(signInAccountSlowKey(user.email), accountLimits.signInSlowedPerAccount.limit);
    throughAuthJs();
    expect(await visitor.run(() => signInAction({ email: user.email, password: TEST_PASSWORD }))).toMatchObject({
      ok: false,
      error: { code: "rate_limited", retryAfterSeconds: expect.any(Number), message: expect.stringContaining("Try again in") },
    });
  });
});
