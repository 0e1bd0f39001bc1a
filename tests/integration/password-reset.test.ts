import { describe, expect, it } from "vitest";
import { accountLimits } from "@/lib/accounts/rate-limits";
import { signInAccountKey, signInAccountSlowKey } from "@/lib/accounts/sign-in-limits";
import { hashToken, issueToken } from "@/lib/accounts/tokens";
import { requestPasswordResetAction } from "@/lib/actions/auth/request-password-reset";
import { resetPasswordAction } from "@/lib/actions/auth/reset-password";
import { authenticate, InvalidCredentials } from "@/lib/auth/credentials";
import { verifyPassword } from "@/lib/auth/password";
import { db } from "@/lib/db";
import { checkRateLimit } from "@/lib/rate-limit";
import { flushAfter, holdAfter, pendingAfter } from "../support/after";
import { actor, createUser, TEST_PASSWORD, unique } from "../support/factories";
import { emailsTo } from "../support/mail";
import { realtimeClient } from "../support/realtime";
import { newVisitor } from "../support/visitor";

const NEW_PASSWORD = "a-brand-new-passphrase";
const tokenIn = (text: string) => /\/password\/reset\/([A-Za-z0-9_-]{43})/.exec(text)![1]!;

/** Runs an action that ends in redirect() and returns where it redirects to (or its result). */
async function outcome(run: () => Promise<unknown>) {
  try {
    return { result: await run() };
  } catch (error) {
    const digest = (error as { digest?: string }).digest ?? "";
    if (!digest.startsWith("NEXT_REDIRECT")) throw error;
    return { redirect: digest.split(";")[2] };
  }
}

function signIn(email: string, password: string) {
  return authenticate({ email, password }, new Request("http://app.test/", { headers: { "x-forwarded-for": `ip-${unique()}` } }));
}

// These tests check what happens before an answer and what only after it.
holdAfter();

describe("password reset: request", () => {
  it("answers a known and an unknown address identically, before looking either up", async () => {
    const user = await createUser();
    const unknown = `nobody-${user.email}`;
    const known = await newVisitor().run(() => outcome(() => requestPasswordResetAction({ email: user.email })));
    const missing = await newVisitor().run(() => outcome(() => requestPasswordResetAction({ email: unknown })));
    expect(known).toEqual({ redirect: "/password/reset/sent" });
    expect(missing).toEqual(known);
    // Nothing that differs between the two (the lookup, the token, the email) ran before answering.
    expect(pendingAfter()).toBe(2);
    expect(await db.userToken.count({ where: { userId: user.id } })).toBe(0);
    await flushAfter();
    const [email] = await emailsTo(user.email);
    expect(email?.subject).toBe("Reset your Chatsphere password");
    expect(await emailsTo(unknown)).toHaveLength(0);
  });

  it("takes the same time class for a known and an unknown address", async () => {
    const user = await createUser();
    const time = async (email: string) => {
      const start = performance.now();
      await newVisitor().run(() => outcome(() => requestPasswordResetAction({ email })));
      return performance.now() - start;
    };
    const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
    const known: number[] = [];
    const unknown: number[] = [];
    for (let i = 0; i < 7; i++) {
      known.push(await time(user.email));
      unknown.push(await time(`nobody-${i}-${user.email}`));
    }
    // Sending an email, or bcrypt, would put ≥ 50 ms between them; both are one rate-limit write.
    expect(Math.abs(median(known) - median(unknown))).toBeLessThan(40);
  });

  it("refuses a malformed address beside the field, and too many requests from one IP address", async () => {
    expect(await newVisitor().run(() => requestPasswordResetAction({ email: "not-an-email" }))).toMatchObject({
      ok: false,
      error: { fields: { email: "Enter a valid email address" } },
    });
    const visitor = newVisitor();
    for (let i = 0; i < accountLimits.emailRequestsPerIp.limit; i++) {
      await visitor.run(() => outcome(() => requestPasswordResetAction({ email: `x${i}@example.test` })));
    }
    expect(await visitor.run(() => outcome(() => requestPasswordResetAction({ email: "y@example.test" })))).toMatchObject({
      result: { ok: false, error: { code: "rate_limited", message: expect.stringContaining("Try again in") } },
    });
  });

  it("sends at most a few emails an hour to one inbox, silently", async () => {
    const user = await createUser();
    for (let i = 0; i < accountLimits.emailsPerInbox.limit + 2; i++) {
      expect(await newVisitor().run(() => outcome(() => requestPasswordResetAction({ email: user.email })))).toEqual({ redirect: "/password/reset/sent" });
    }
    await flushAfter();
    expect(await emailsTo(user.email)).toHaveLength(accountLimits.emailsPerInbox.limit);
  });
});

describe("password reset: new password from the link", () => {
  it("sets the password, signs out every session and API token, and the link works once", async () => {
    const sam = await actor({ verified: false });
    const otherBrowser = await db.session.create({ data: { userId: sam.user.id, expiresAt: new Date(Date.now() + 60_000) } });
    await db.refreshToken.create({ data: { userId: sam.user.id, familyId: "f", tokenHash: unique(), expiresAt: new Date(Date.now() + 60_000) } });
    await newVisitor().run(() => outcome(() => requestPasswordResetAction({ email: sam.user.email })));
    await flushAfter();
    const token = tokenIn((await emailsTo(sam.user.email))[0]!.text);
    const stored = await db.userToken.findUniqueOrThrow({ where: { tokenHash: hashToken(token) } });
    expect(Math.abs(stored.expiresAt.getTime() - stored.createdAt.getTime() - 60 * 60 * 1000)).toBeLessThan(5_000);

    const openTab = realtimeClient(sam);
    const told = openTab.next(await openTab.subscribe("user", sam.user.id), "session.ended");
    const done = await newVisitor().run(() => outcome(() => resetPasswordAction({ token, password: NEW_PASSWORD, confirmPassword: NEW_PASSWORD })));
    expect(done).toEqual({ redirect: "/password/reset/complete" });
    expect(await told).toEqual({ reason: "password-changed" }); // open tabs leave at once
    openTab.disconnect();

    const user = await db.user.findUniqueOrThrow({ where: { id: sam.user.id } });
    expect(await verifyPassword(NEW_PASSWORD, user.passwordHash)).toBe(true);
    expect(user.emailVerifiedAt).toBeInstanceOf(Date); // the link proved the inbox
    expect(await db.session.count({ where: { id: { in: [sam.sessionId, otherBrowser.id] } } })).toBe(0);
    expect(await db.refreshToken.count({ where: { userId: user.id, revokedAt: null } })).toBe(0);
    await expect(signIn(user.email, TEST_PASSWORD)).rejects.toBeInstanceOf(InvalidCredentials);
    await expect(signIn(user.email, NEW_PASSWORD)).resolves.toMatchObject({ id: user.id });

    const again = await newVisitor().run(() => outcome(() => resetPasswordAction({ token, password: "yet-another-passphrase", confirmPassword: "yet-another-passphrase" })));
    expect(again).toMatchObject({ result: { ok: false, error: { message: expect.stringContaining("This reset link has already been used.") } } });
    await flushAfter();
    expect((await emailsTo(user.email)).map((e) => e.subject)).toContain("Your Chatsphere password was changed");
  });

  it("refuses expired, forged and superseded links, and mismatched or weak passwords", async () => {
    const user = await createUser();
    const reset = (token: string, password = NEW_PASSWORD, confirmPassword = password) =>
      newVisitor().run(() => outcome(() => resetPasswordAction({ token, password, confirmPassword })));

    const expired = await issueToken(user.id, "PASSWORD_RESET");
    await db.userToken.update({ where: { tokenHash: hashToken(expired) }, data: { expiresAt: new Date(Date.now() - 1) } });
    expect(await reset(expired)).toMatchObject({ result: { ok: false, error: { message: expect.stringContaining("expired") } } });
    expect(await reset("B".repeat(43))).toMatchObject({ result: { ok: false, error: { message: expect.stringContaining("isn't valid") } } });
    const verification = await issueToken(user.id, "EMAIL_VERIFICATION", user.email);
    expect(await reset(verification)).toMatchObject({ result: { ok: false, error: { message: expect.stringContaining("isn't valid") } } });

    const older = await issueToken(user.id, "PASSWORD_RESET");
    const newer = await issueToken(user.id, "PASSWORD_RESET");
    expect(await reset(older)).toMatchObject({ result: { ok: false } });
    expect(await reset(newer, NEW_PASSWORD, "something-different")).toMatchObject({
      result: { ok: false, error: { fields: { confirmPassword: "The passwords don't match" } } },
    });
    expect(await reset(newer, "password123")).toMatchObject({ result: { ok: false, error: { fields: { password: expect.stringContaining("too common") } } } });
    const unchanged = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(await verifyPassword(TEST_PASSWORD, unchanged.passwordHash)).toBe(true);
    expect(await reset(newer)).toEqual({ redirect: "/password/reset/complete" }); // still usable after the refusals
  });

  it("lifts a sign-in lockout", async () => {
    const user = await createUser();
    for (let i = 0; i <= accountLimits.signInFailuresPerAccount.limit; i++) await checkRateLimit(signInAccountKey(user.email), accountLimits.signInFailuresPerAccount);
    await checkRateLimit(signInAccountSlowKey(user.email), accountLimits.signInSlowedPerAccount);
    const token = await issueToken(user.id, "PASSWORD_RESET");
    await newVisitor().run(() => outcome(() => resetPasswordAction({ token, password: NEW_PASSWORD, confirmPassword: NEW_PASSWORD })));
    await expect(signIn(user.email, NEW_PASSWORD)).resolves.toMatchObject({ id: user.id });
  });
});
