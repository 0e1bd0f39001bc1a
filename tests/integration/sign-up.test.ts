import { describe, expect, it } from "vitest";
import { accountLimits } from "@/lib/accounts/rate-limits";
import { signUpIpKey } from "@/lib/accounts/sign-up";
import { signUpAction } from "@/lib/actions/auth/sign-up";
import { checkRateLimit } from "@/lib/rate-limit";
import { db } from "@/lib/db";
import { verifyPassword } from "@/lib/auth/password";
import { flushAfter } from "../support/after";
import { createUser, unique } from "../support/factories";
import { emailsTo } from "../support/mail";
import { newVisitor } from "../support/visitor";

const PASSWORD = "a-long-enough-passphrase";

/** The action's answer: on success a redirect to "check your inbox, then sign in" (thrown, as Next.js does). */
async function signUpAs(visitor: ReturnType<typeof newVisitor>, data: ReturnType<typeof input>) {
  try {
    return await visitor.run(() => signUpAction(data));
  } catch (error) {
    const digest = String((error as { digest?: unknown }).digest ?? "");
    if (!digest.startsWith("NEXT_REDIRECT")) throw error;
    return { redirect: digest.split(";")[2] };
  }
}
const CHECK_INBOX = { redirect: "/signin?signedUp=1" };

function input(overrides: Record<string, string> = {}) {
  const name = unique("s");
  return { fullName: "Sam Sign-up", email: `${name}@Example.TEST`, username: `Sam.${name}`, password: PASSWORD, confirmPassword: PASSWORD, ...overrides };
}

describe("sign-up", () => {
  it("creates an unverified account (lower-cased, bcrypt cost 12), emails a verification link and sends to sign-in", async () => {
    const data = input();
    expect(await signUpAs(newVisitor(), data)).toEqual(CHECK_INBOX);

    const user = await db.user.findUniqueOrThrow({ where: { email: data.email.toLowerCase() } });
    expect(user).toMatchObject({ username: data.username.toLowerCase(), fullName: "Sam Sign-up", emailVerifiedAt: null, role: "USER", status: "ACTIVE" });
    expect(user.passwordHash).toMatch(/^\$2[aby]\$12\$/);
    expect(await verifyPassword(PASSWORD, user.passwordHash)).toBe(true);

    await flushAfter();
    const [email] = await emailsTo(user.email);
    expect(email?.subject).toBe("Verify your email address");
    expect(email?.text).toMatch(new RegExp(`${process.env.APP_URL}/verify-email/[A-Za-z0-9_-]{43}`));
    const token = await db.userToken.findFirstOrThrow({ where: { userId: user.id } });
    expect(token).toMatchObject({ purpose: "EMAIL_VERIFICATION", email: user.email, usedAt: null });
    expect(Math.abs(token.expiresAt.getTime() - token.createdAt.getTime() - 24 * 60 * 60 * 1000)).toBeLessThan(5_000);
    expect(email?.text).not.toContain(token.tokenHash); // the link carries the token, the database only its hash
  });

  it("answers a registered email exactly as a new one, and emails its owner instead (no account, no verification link)", async () => {
    const existing = await createUser();
    const before = await db.user.findUniqueOrThrow({ where: { id: existing.id } });
    const fresh = input();
    const taken = input({ email: existing.email.toUpperCase() });
    expect(await signUpAs(newVisitor(), taken)).toEqual(await signUpAs(newVisitor(), fresh));
    await flushAfter();
    expect(await db.user.count({ where: { username: taken.username.toLowerCase() } })).toBe(0);
    expect(await db.user.findUniqueOrThrow({ where: { id: existing.id } })).toEqual(before);
    expect(await db.userToken.count({ where: { userId: existing.id } })).toBe(0);
    const mails = await emailsTo(existing.email);
    expect(mails.map((m) => m.subject)).toEqual(["Someone tried to create an account with your address"]);
    expect(mails[0]!.text).toContain(`${process.env.APP_URL}/password/reset`);
  });

  it("refuses a username that exists in another case, beside the field, keeping what was typed", async () => {
    const existing = await createUser();
    const result = await newVisitor().run(() => signUpAction(input({ username: existing.username.toUpperCase() })));
    expect(result).toMatchObject({
      ok: false,
      error: { code: "conflict", fields: { username: expect.stringContaining("taken") } },
      values: { fullName: "Sam Sign-up" },
    });
    expect(result.ok === false && result.error.fields).not.toHaveProperty("email");
    expect(result.ok === false && result.values).not.toHaveProperty("password");
    expect(result.ok === false && result.values).not.toHaveProperty("confirmPassword");
  });

  it.each([
    ["an invalid username", { username: "no spaces!" }, "username", "Use only letters, digits, _ and ."],
    ["a short username", { username: "ab" }, "username", "Use at least 3 characters"],
    ["a long username", { username: "a".repeat(31) }, "username", "Use at most 30 characters"],
    ["an invalid email", { email: "not-an-email" }, "email", "Enter a valid email address"],
    ["an empty name", { fullName: "  " }, "fullName", "Enter your name"],
    ["a short password", { password: "short", confirmPassword: "short" }, "password", "Use at least 10 characters"],
    ["a breached password", { password: "password123", confirmPassword: "password123" }, "password", expect.stringContaining("too common")],
    ["mismatched passwords", { confirmPassword: "something-else-entirely" }, "confirmPassword", "The passwords don't match"],
  ])("refuses %s with a field error", async (_, overrides, field, message) => {
    const data = input(overrides);
    const result = await newVisitor().run(() => signUpAction(data));
    expect(result).toMatchObject({ ok: false, error: { code: "validation", fields: { [field]: message } } });
    expect(await db.user.count({ where: { email: data.email.toLowerCase() } })).toBe(0);
  });

  it("shows the password mismatch even while other fields are wrong", async () => {
    const result = await newVisitor().run(() => signUpAction(input({ username: "x", confirmPassword: "different-password" })));
    expect(result).toMatchObject({ ok: false, error: { fields: { username: expect.any(String), confirmPassword: "The passwords don't match" } } });
  });

  it(`allows ${accountLimits.signUpPerIp.limit} sign-ups an hour from one IP address, then says when to try again`, async () => {
    const visitor = newVisitor();
    for (let i = 1; i < accountLimits.signUpPerIp.limit; i++) await checkRateLimit(signUpIpKey(visitor.ip), accountLimits.signUpPerIp); // earlier ones
    expect(await signUpAs(visitor, input())).toEqual(CHECK_INBOX);
    const refused = await visitor.run(() => signUpAction(input()));
    expect(refused).toMatchObject({ ok: false, error: { code: "rate_limited", message: expect.stringMatching(/Try again in (60|59) minutes\.$/) } });
    expect(await signUpAs(newVisitor(), input())).toEqual(CHECK_INBOX); // another address is unaffected
  });
});
