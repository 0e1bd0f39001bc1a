import { describe, expect, it } from "vitest";
import { GET as openVerificationLink } from "@/app/(auth)/verify-email/[token]/route";
import { accountLimits } from "@/lib/accounts/rate-limits";
import { hashToken, issueToken } from "@/lib/accounts/tokens";
import { verifyEmail } from "@/lib/accounts/verification";
import { requestVerificationEmailAction } from "@/lib/actions/auth/request-verification-email";
import { resendVerificationEmailAction } from "@/lib/actions/account/resend-verification-email";
import { db } from "@/lib/db";
import { flushAfter, holdAfter, pendingAfter } from "../support/after";
import { actor, createUser } from "../support/factories";
import { emailsTo } from "../support/mail";
import { newVisitor } from "../support/visitor";

const tokenIn = (text: string) => /\/verify-email\/([A-Za-z0-9_-]{43})/.exec(text)![1]!;

async function open(token: string) {
  const response = await openVerificationLink(new Request(`http://app.test/verify-email/${token}`), { params: Promise.resolve({ token }) });
  return { status: response.status, location: response.headers.get("location") };
}

// These tests check what happens before an answer and what only after it.
holdAfter();

describe("email verification links", () => {
  it("verify the address once, then say it is already verified", async () => {
    const user = await createUser({ verified: false });
    const token = await issueToken(user.id, "EMAIL_VERIFICATION", user.email);
    expect(await open(token)).toEqual({ status: 303, location: "/verify-email?status=verified" });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).emailVerifiedAt).toBeInstanceOf(Date);
    expect(await open(token)).toEqual({ status: 303, location: "/verify-email?status=already-verified" });
  });

  it("refuse expired, forged and malformed links and links replaced by a newer one", async () => {
    const user = await createUser({ verified: false });
    const expired = await issueToken(user.id, "EMAIL_VERIFICATION", user.email);
    await db.userToken.update({ where: { tokenHash: hashToken(expired) }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await verifyEmail(expired)).toEqual({ status: "expired" });

    const replaced = await issueToken(user.id, "EMAIL_VERIFICATION", user.email);
    await issueToken(user.id, "EMAIL_VERIFICATION", user.email);
    expect(await verifyEmail(replaced)).toEqual({ status: "used" });

    expect(await verifyEmail("A".repeat(43))).toEqual({ status: "invalid" }); // well-formed, never issued
    expect(await verifyEmail("../../etc/passwd")).toEqual({ status: "invalid" });
    const resetToken = await issueToken(user.id, "PASSWORD_RESET"); // a link for something else
    expect(await verifyEmail(resetToken)).toEqual({ status: "invalid" });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).emailVerifiedAt).toBeNull();
  });

  it("lets exactly one of two simultaneous uses through", async () => {
    const user = await createUser({ verified: false });
    const token = await issueToken(user.id, "EMAIL_VERIFICATION", user.email);
    const outcomes = await Promise.all([verifyEmail(token), verifyEmail(token)]);
    expect(outcomes.map((o) => o.status).sort()).toEqual(["already-verified", "verified"]);
  });
});

describe("resending the verification email", () => {
  it("sends the signed-in person a fresh link that works (and voids the old one)", async () => {
    const sam = await actor({ verified: false });
    const old = await issueToken(sam.user.id, "EMAIL_VERIFICATION", sam.user.email);
    expect(await sam.run(() => resendVerificationEmailAction({}))).toEqual({ ok: true, data: { email: sam.user.email } });
    const [email] = await emailsTo(sam.user.email);
    expect(email?.subject).toBe("Verify your email address");
    expect(await verifyEmail(old)).toMatchObject({ status: "used" });
    expect(await verifyEmail(tokenIn(email!.text))).toMatchObject({ status: "verified" });
  });

  it("refuses when already verified, and after too many links to one inbox", async () => {
    const verified = await actor();
    expect(await verified.run(() => resendVerificationEmailAction({}))).toMatchObject({ ok: false, error: { code: "conflict" } });

    const sam = await actor({ verified: false });
    for (let i = 0; i < accountLimits.emailsPerInbox.limit; i++) {
      expect(await sam.run(() => resendVerificationEmailAction({}))).toMatchObject({ ok: true });
    }
    expect(await sam.run(() => resendVerificationEmailAction({}))).toMatchObject({
      ok: false,
      error: { code: "rate_limited", message: expect.stringContaining("Try again in") },
    });
    expect(await emailsTo(sam.user.email)).toHaveLength(accountLimits.emailsPerInbox.limit);
  });

  it("answers the same by address whether or not an unverified account has it, and emails only that account", async () => {
    const unverified = await createUser({ verified: false });
    const verified = await createUser();
    const unknown = `nobody-${unverified.username}@example.test`;
    const visitor = newVisitor();
    const answers = await Promise.all(
      [unverified.email, verified.email, unknown].map((email) => visitor.run(() => requestVerificationEmailAction({ email }))),
    );
    expect(answers.map((a) => a.ok && Object.keys(a.data))).toEqual([["email"], ["email"], ["email"]]);
    expect(pendingAfter()).toBe(3); // nothing was looked up or sent before answering
    await flushAfter();
    expect(await emailsTo(unverified.email)).toHaveLength(1);
    expect(await emailsTo(verified.email)).toHaveLength(0);
    expect(await emailsTo(unknown)).toHaveLength(0);
  });

  it("caps links to one inbox silently, and requests from one IP address visibly", async () => {
    const user = await createUser({ verified: false });
    const requests = accountLimits.emailsPerInbox.limit + 2;
    for (let i = 0; i < requests; i++) {
      expect(await newVisitor().run(() => requestVerificationEmailAction({ email: user.email }))).toMatchObject({ ok: true });
    }
    await flushAfter();
    expect(await emailsTo(user.email)).toHaveLength(accountLimits.emailsPerInbox.limit);

    const visitor = newVisitor();
    for (let i = 0; i < accountLimits.emailRequestsPerIp.limit; i++) {
      await visitor.run(() => requestVerificationEmailAction({ email: `x${i}@example.test` }));
    }
    expect(await visitor.run(() => requestVerificationEmailAction({ email: "y@example.test" }))).toMatchObject({
      ok: false,
      error: { code: "rate_limited", message: expect.stringContaining("Try again in") },
    });
  });
});
