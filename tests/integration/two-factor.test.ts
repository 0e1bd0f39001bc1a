import { generate } from "otplib";
import { describe, expect, it } from "vitest";
import { confirmTwoFactorAction } from "@/lib/actions/account/confirm-two-factor";
import { disableTwoFactorAction } from "@/lib/actions/account/disable-two-factor";
import { regenerateRecoveryCodesAction } from "@/lib/actions/account/regenerate-recovery-codes";
import { startTwoFactorSetupAction } from "@/lib/actions/account/start-two-factor-setup";
import { accountLimits } from "@/lib/accounts/rate-limits";
import { matchTotp } from "@/lib/accounts/totp";
import { TRUSTED_DEVICE_COOKIE, trustDevice } from "@/lib/accounts/trusted-devices";
import { twoFactorStatus, verifySecondFactor } from "@/lib/accounts/two-factor";
import { authenticate } from "@/lib/auth/credentials";
import { SecondFactorRefused, SecondFactorRequired } from "@/lib/auth/second-step";
import { db } from "@/lib/db";
import { apiClient } from "../support/api";
import { actor, TEST_PASSWORD, unique, type Actor } from "../support/factories";

const api = apiClient();

/** The code an authenticator app shows `offsetSeconds` from now. */
const codeAt = (secret: string, offsetSeconds = 0) => generate({ secret, epoch: Math.floor(Date.now() / 1000) + offsetSeconds });

/** Two-factor turned on through the settings actions; the setup's own code used the current step. */
async function withTwoFactor(person: Actor) {
  const setup = await person.run(() => startTwoFactorSetupAction({}));
  if (!setup.ok) throw new Error(setup.error.message);
  const confirmed = await person.run(async () => confirmTwoFactorAction({ code: await codeAt(setup.data.secret) }));
  if (!confirmed.ok) throw new Error(confirmed.error.message);
  return { secret: setup.data.secret, recoveryCodes: confirmed.data.recoveryCodes };
}

function passwordStep(email: string, cookie?: string) {
  const headers = new Headers({ "x-forwarded-for": `ip-${unique()}`, ...(cookie ? { cookie } : {}) });
  return authenticate({ email, password: TEST_PASSWORD }, new Request("http://app.test/api/auth/callback/credentials", { headers }));
}

function secondStep(challenge: string, proof: { code?: string; recoveryCode?: string }) {
  return authenticate({ challenge, ...proof }, new Request("http://app.test/api/auth/callback/credentials"));
}

async function challengeFor(email: string): Promise<string> {
  const error = await passwordStep(email).catch((e) => e);
  expect(error).toBeInstanceOf(SecondFactorRequired);
  return (error as SecondFactorRequired).challenge;
}

describe("two-factor setup", () => {
  it("shows a QR code and key, turns on only with a right code, and stores secrets sealed and codes hashed", async () => {
    const person = await actor();
    const setup = await person.run(() => startTwoFactorSetupAction({}));
    expect(setup).toMatchObject({ ok: true, data: { secret: expect.stringMatching(/^[A-Z2-7]{16,}$/), qrSvg: expect.stringContaining("<svg") } });
    if (!setup.ok) return;
    expect(setup.data.uri).toBe(`otpauth://totp/Chatsphere:${encodeURIComponent(person.user.email)}?secret=${setup.data.secret}&issuer=Chatsphere`);

    const wrongCode = (await codeAt(setup.data.secret)) === "000000" ? "111111" : "000000";
    expect(await person.run(() => confirmTwoFactorAction({ code: wrongCode }))).toMatchObject({ ok: false, error: { fields: { code: expect.stringContaining("isn't right") } } });
    expect(await twoFactorStatus(person.user.id)).toEqual({ enabled: false });

    const confirmed = await person.run(async () => confirmTwoFactorAction({ code: await codeAt(setup.data.secret) }));
    expect(confirmed).toMatchObject({ ok: true });
    if (!confirmed.ok) return;
    const codes = confirmed.data.recoveryCodes;
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    for (const code of codes) expect(code).toMatch(/^[a-z2-7]{5}-[a-z2-7]{5}$/);
    expect(await twoFactorStatus(person.user.id)).toMatchObject({ enabled: true, recoveryCodesLeft: 10 });

    const row = await db.twoFactor.findUniqueOrThrow({ where: { userId: person.user.id } });
    expect(row.secret).not.toContain(setup.data.secret);
    const stored = await db.recoveryCode.findMany({ where: { userId: person.user.id } });
    for (const code of codes) expect(stored.some((s) => s.codeHash.includes(code.replace("-", "")))).toBe(false);

    // A second setup is refused while it is on.
    expect(await person.run(() => startTwoFactorSetupAction({}))).toMatchObject({ ok: false, error: { code: "conflict" } });
  });

  it("turns off only with the password, and then forgets remembered devices", async () => {
    const person = await actor();
    await withTwoFactor(person);
    await trustDevice(person.user.id, "test browser");
    expect(await person.run(() => disableTwoFactorAction({ currentPassword: "wrong-password" }))).toMatchObject({ ok: false, error: { fields: { currentPassword: expect.any(String) } } });
    expect(await twoFactorStatus(person.user.id)).toMatchObject({ enabled: true });
    expect(await person.run(() => disableTwoFactorAction({ currentPassword: TEST_PASSWORD }))).toMatchObject({ ok: true });
    expect(await twoFactorStatus(person.user.id)).toEqual({ enabled: false });
    expect(await db.trustedDevice.count({ where: { userId: person.user.id } })).toBe(0);
    expect(await db.recoveryCode.count({ where: { userId: person.user.id } })).toBe(0);
    await expect(passwordStep(person.user.email)).resolves.toMatchObject({ id: person.user.id });
  });
});

describe("TOTP codes", () => {
  it("accept the previous, current and next 30-second step only", async () => {
    const secret = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";
    const now = Date.UTC(2026, 11, 3, 12, 0, 15); // 15 s into a step
    const at = (offset: number) => generate({ secret, epoch: now / 1000 + offset });
    const step = Math.floor(now / 30_000);
    expect(await matchTotp(secret, await at(0), now)).toBe(step);
    expect(await matchTotp(secret, await at(-30), now)).toBe(step - 1);
    expect(await matchTotp(secret, await at(30), now)).toBe(step + 1);
    expect(await matchTotp(secret, await at(-60), now)).toBeNull();
    expect(await matchTotp(secret, await at(60), now)).toBeNull();
  });

  it("work once: a replayed code, or an older one after a newer was used, is refused", async () => {
    const person = await actor();
    const { secret } = await withTwoFactor(person);
    // The setup's code can't sign in, nor can the step before it.
    const { lastUsedStep } = await db.twoFactor.findUniqueOrThrow({ where: { userId: person.user.id } });
    const codeOfStep = (step: number) => generate({ secret, epoch: step * 30 });
    await expect(verifySecondFactor(person.user.id, { code: await codeOfStep(lastUsedStep) })).rejects.toMatchObject({ fields: { code: expect.stringContaining("already used") } });
    await expect(verifySecondFactor(person.user.id, { code: await codeOfStep(lastUsedStep - 1) })).rejects.toMatchObject({ code: "validation" });
    const next = await codeAt(secret, 30);
    await expect(verifySecondFactor(person.user.id, { code: next })).resolves.toBeUndefined();
    await expect(verifySecondFactor(person.user.id, { code: next })).rejects.toMatchObject({ code: "validation" });
  });

  it("are accepted once when two requests race with the same code", async () => {
    const person = await actor();
    const { secret } = await withTwoFactor(person);
    const next = await codeAt(secret, 30);
    const results = await Promise.allSettled([1, 2, 3].map(() => verifySecondFactor(person.user.id, { code: next })));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
  });

  it(`lock the second step after ${accountLimits.secondFactorFailuresPerAccount.limit} wrong codes, even for a right one`, async () => {
    const person = await actor();
    const { secret } = await withTwoFactor(person);
    const right = await codeAt(secret, 30);
    const wrong = right === "123456" ? "654321" : "123456";
    for (let i = 0; i < accountLimits.secondFactorFailuresPerAccount.limit; i++) {
      await expect(verifySecondFactor(person.user.id, { code: wrong })).rejects.toMatchObject({ code: "validation" });
    }
    await expect(verifySecondFactor(person.user.id, { code: right })).rejects.toMatchObject({ code: "rate_limited" });
  });
});

describe("recovery codes", () => {
  it("each work once, in any case and spacing, and new ones replace the old", async () => {
    const person = await actor();
    const { recoveryCodes } = await withTwoFactor(person);
    const [first, second] = recoveryCodes as [string, string];
    await expect(verifySecondFactor(person.user.id, { recoveryCode: ` ${first.toUpperCase()} ` })).resolves.toBeUndefined();
    await expect(verifySecondFactor(person.user.id, { recoveryCode: first })).rejects.toMatchObject({ fields: { recoveryCode: expect.stringContaining("already used") } });
    expect(await twoFactorStatus(person.user.id)).toMatchObject({ recoveryCodesLeft: 9 });

    expect(await person.run(() => regenerateRecoveryCodesAction({ currentPassword: "wrong-password" }))).toMatchObject({ ok: false });
    const renewed = await person.run(() => regenerateRecoveryCodesAction({ currentPassword: TEST_PASSWORD }));
    expect(renewed).toMatchObject({ ok: true, data: { recoveryCodes: expect.any(Array) } });
    await expect(verifySecondFactor(person.user.id, { recoveryCode: second })).rejects.toMatchObject({ code: "validation" });
    if (renewed.ok) await expect(verifySecondFactor(person.user.id, { recoveryCode: renewed.data.recoveryCodes[0]! })).resolves.toBeUndefined();
  });

  it("are not shared between accounts", async () => {
    const [alice, bob] = [await actor(), await actor()];
    const { recoveryCodes } = await withTwoFactor(alice);
    await withTwoFactor(bob);
    await expect(verifySecondFactor(bob.user.id, { recoveryCode: recoveryCodes[0]! })).rejects.toMatchObject({ code: "validation" });
  });
});

describe("sign-in with two-factor on", () => {
  it("asks for a second step after the right password and opens a session only after it", async () => {
    const person = await actor();
    const { secret, recoveryCodes } = await withTwoFactor(person);
    const sessionsBefore = await db.session.count({ where: { userId: person.user.id } });
    const challenge = await challengeFor(person.user.email);
    expect(await db.session.count({ where: { userId: person.user.id } })).toBe(sessionsBefore);

    await expect(secondStep(challenge, { code: "000000" })).rejects.toBeInstanceOf(SecondFactorRefused);
    await expect(secondStep(challenge + "x", { code: await codeAt(secret, 30) })).rejects.toMatchObject({ refusal: { message: expect.stringContaining("expired") } });
    const signedIn = await secondStep(challenge, { code: await codeAt(secret, 30) });
    expect(await db.session.findUnique({ where: { id: signedIn.sessionId } })).toMatchObject({ userId: person.user.id });
    await expect(secondStep(await challengeFor(person.user.email), { recoveryCode: recoveryCodes[3]! })).resolves.toMatchObject({ id: person.user.id });
  });

  it("skips the second step on a remembered device of the same account only", async () => {
    const [person, other] = [await actor(), await actor()];
    await withTwoFactor(person);
    await withTwoFactor(other);
    const token = await trustDevice(person.user.id, "test browser");
    await expect(passwordStep(person.user.email, `${TRUSTED_DEVICE_COOKIE}=${token}`)).resolves.toMatchObject({ id: person.user.id });
    await expect(passwordStep(other.user.email, `${TRUSTED_DEVICE_COOKIE}=${token}`)).rejects.toBeInstanceOf(SecondFactorRequired);
    await db.trustedDevice.updateMany({ where: { userId: person.user.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    await expect(passwordStep(person.user.email, `${TRUSTED_DEVICE_COOKIE}=${token}`)).rejects.toBeInstanceOf(SecondFactorRequired);
  });
});

describe("API tokens with two-factor on", () => {
  it("answer that a code is needed, then accept a code or a recovery code once", async () => {
    const person = await actor();
    const { secret, recoveryCodes } = await withTwoFactor(person);
    const credentials = { email: person.user.email, password: TEST_PASSWORD };
    const without = await api.call("POST", "/auth/token", { body: credentials });
    expect(without.status).toBe(401);
    expect(without.body.error.fields).toEqual({ twoFactorCode: expect.stringContaining("Two-factor authentication is on") });

    const code = await codeAt(secret, 30);
    expect((await api.call("POST", "/auth/token", { body: { ...credentials, twoFactorCode: code } })).status).toBe(201);
    const replay = await api.call("POST", "/auth/token", { body: { ...credentials, twoFactorCode: code } });
    expect(replay.status).toBe(400);
    expect(replay.body.error.fields).toEqual({ twoFactorCode: expect.stringContaining("already used") });
    expect((await api.call("POST", "/auth/token", { body: { ...credentials, recoveryCode: recoveryCodes[0] } })).status).toBe(201);
    expect((await api.call("POST", "/auth/token", { body: { ...credentials, recoveryCode: recoveryCodes[0] } })).status).toBe(400);
    // A wrong password with a right code is still just a wrong password.
    const wrongPassword = await api.call("POST", "/auth/token", { body: { ...credentials, password: "wrong-password", twoFactorCode: await codeAt(secret, 30) } });
    expect(wrongPassword.body).toEqual({ error: { code: "unauthorized", message: "Incorrect email or password." } });
  });
});
