import { describe, expect, it } from "vitest";
import { passwordCheckKey } from "@/lib/accounts/current-password";
import { accountLimits } from "@/lib/accounts/rate-limits";
import { checkRateLimit } from "@/lib/rate-limit";
import { verifyEmail } from "@/lib/accounts/verification";
import { cancelEmailChangeAction } from "@/lib/actions/account/cancel-email-change";
import { changeEmailAction } from "@/lib/actions/account/change-email";
import { changePasswordAction } from "@/lib/actions/account/change-password";
import { removeAvatarAction } from "@/lib/actions/account/remove-avatar";
import { resendEmailChangeAction } from "@/lib/actions/account/resend-email-change";
import { setAvatarUrlAction } from "@/lib/actions/account/set-avatar-url";
import { updateProfileAction } from "@/lib/actions/account/update-profile";
import { uploadAvatarAction } from "@/lib/actions/account/upload-avatar";
import { pendingEmailChange } from "@/lib/accounts/change-email";
import { verifyPassword } from "@/lib/auth/password";
import { db } from "@/lib/db";
import { flushAfter } from "../support/after";
import { actor, createUser, TEST_PASSWORD, unique } from "../support/factories";
import { emailsTo } from "../support/mail";
import { realtimeClient } from "../support/realtime";

const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
const tokenIn = (text: string) => /\/verify-email\/([A-Za-z0-9_-]{43})/.exec(text)![1]!;
const NEW_PASSWORD = "a-brand-new-passphrase";

function avatarForm(file: File) {
  const form = new FormData();
  form.set("avatar", file);
  return form;
}

describe("profile", () => {
  it("updates the name and username (lower-cased)", async () => {
    const sam = await actor();
    const username = `New.${unique()}`;
    expect(await sam.run(() => updateProfileAction({ fullName: "  Sam New  ", username }))).toEqual({
      ok: true,
      data: { fullName: "Sam New", username: username.toLowerCase() },
    });
  });

  it("refuses a username someone else has (in any case) and invalid values, beside the field", async () => {
    const sam = await actor();
    const other = await createUser();
    expect(await sam.run(() => updateProfileAction({ fullName: "Sam", username: other.username.toUpperCase() }))).toMatchObject({
      ok: false,
      error: { code: "conflict", fields: { username: expect.stringContaining("taken") } },
    });
    expect(await sam.run(() => updateProfileAction({ fullName: "", username: "bad name" }))).toMatchObject({
      ok: false,
      error: { code: "validation", fields: { fullName: "Enter your name", username: "Use only letters, digits, _ and ." } },
    });
    expect(await sam.run(() => updateProfileAction({ fullName: "Sam", username: sam.user.username.toUpperCase() }))).toMatchObject({ ok: true }); // their own
  });

  it("needs a session", async () => {
    expect(await updateProfileAction({ fullName: "X", username: "xyz" })).toMatchObject({ ok: false, error: { code: "unauthorized" } });
  });
});

describe("avatar", () => {
  it("stores an uploaded image, replaces it (deleting the old upload), takes an https URL, and goes back to initials", async () => {
    const sam = await actor();
    const first = await sam.run(() => uploadAvatarAction(avatarForm(new File([png], "me.png"))));
    expect(first).toMatchObject({ ok: true, data: { image: expect.stringMatching(/^\/api\/uploads\/\w+$/) } });
    const firstId = first.ok ? first.data.image.split("/").pop()! : "";
    const second = await sam.run(() => uploadAvatarAction(avatarForm(new File([png], "me2.png"))));
    expect(second.ok && second.data.image).not.toBe(first.ok && first.data.image);
    expect(await db.upload.findUnique({ where: { id: firstId } })).toBeNull();

    expect(await sam.run(() => setAvatarUrlAction({ url: "https://images.example/me.jpg" }))).toEqual({ ok: true, data: { image: "https://images.example/me.jpg" } });
    expect(await db.upload.count({ where: { ownerId: sam.user.id } })).toBe(0);
    expect(await sam.run(() => removeAvatarAction({}))).toMatchObject({ ok: true });
    expect((await db.user.findUniqueOrThrow({ where: { id: sam.user.id } })).image).toBeNull();
  });

  it("refuses non-images, files over 2 MB and non-https URLs", async () => {
    const sam = await actor();
    expect(await sam.run(() => uploadAvatarAction(avatarForm(new File(["<svg/>"], "x.svg", { type: "image/svg+xml" }))))).toMatchObject({
      ok: false,
      error: { fields: { avatar: "Use a PNG, JPEG, GIF or WebP image." } },
    });
    const big = new Uint8Array(2 * 1024 * 1024 + 1);
    big.set(png);
    expect(await sam.run(() => uploadAvatarAction(avatarForm(new File([big], "big.png"))))).toMatchObject({
      ok: false,
      error: { fields: { avatar: "Images can be at most 2 MB" } },
    });
    for (const url of ["http://images.example/me.jpg", "javascript:alert(1)", "not a url"]) {
      expect(await sam.run(() => setAvatarUrlAction({ url }))).toMatchObject({ ok: false, error: { fields: { url: expect.any(String) } } });
    }
    expect((await db.user.findUniqueOrThrow({ where: { id: sam.user.id } })).image).toBeNull();
  });
});

describe("change password", () => {
  it("needs the right current password, beside its field", async () => {
    const sam = await actor();
    expect(await sam.run(() => changePasswordAction({ currentPassword: "not-it-at-all", newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD }))).toMatchObject({
      ok: false,
      error: { fields: { currentPassword: "That isn't your current password." } },
    });
    const user = await db.user.findUniqueOrThrow({ where: { id: sam.user.id } });
    expect(await verifyPassword(TEST_PASSWORD, user.passwordHash)).toBe(true);
  });

  it("refuses mismatched, weak and unchanged new passwords", async () => {
    const sam = await actor();
    const change = (newPassword: string, confirmPassword = newPassword) => sam.run(() => changePasswordAction({ currentPassword: TEST_PASSWORD, newPassword, confirmPassword }));
    expect(await change(NEW_PASSWORD, "different-passphrase")).toMatchObject({ ok: false, error: { fields: { confirmPassword: "The passwords don't match" } } });
    expect(await change("qwertyuiop")).toMatchObject({ ok: false, error: { fields: { newPassword: expect.stringContaining("too common") } } });
    expect(await change(TEST_PASSWORD)).toMatchObject({ ok: false, error: { fields: { newPassword: expect.stringContaining("different") } } });
  });

  it("changes it, keeps this session, ends the others and API tokens, voids reset links and sends a notice", async () => {
    const sam = await actor();
    const other = await db.session.create({ data: { userId: sam.user.id, expiresAt: new Date(Date.now() + 60_000) } });
    await db.refreshToken.create({ data: { userId: sam.user.id, familyId: "f", tokenHash: unique(), expiresAt: new Date(Date.now() + 60_000) } });
    await db.userToken.create({ data: { userId: sam.user.id, purpose: "PASSWORD_RESET", tokenHash: unique(), expiresAt: new Date(Date.now() + 60_000) } });
    expect(await sam.run(() => changePasswordAction({ currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD }))).toMatchObject({ ok: true });

    expect(await db.session.findUnique({ where: { id: sam.sessionId } })).not.toBeNull();
    expect(await db.session.findUnique({ where: { id: other.id } })).toBeNull();
    expect(await db.refreshToken.count({ where: { userId: sam.user.id, revokedAt: null } })).toBe(0);
    expect(await db.userToken.count({ where: { userId: sam.user.id, purpose: "PASSWORD_RESET", usedAt: null } })).toBe(0);
    expect(await verifyPassword(NEW_PASSWORD, (await db.user.findUniqueOrThrow({ where: { id: sam.user.id } })).passwordHash)).toBe(true);
    await flushAfter();
    expect((await emailsTo(sam.user.email)).map((e) => e.subject)).toEqual(["Your Chatsphere password was changed"]);
  });

  it("tells the person's other open tabs that they were signed out, but not the tab that changed it", async () => {
    const sam = await actor();
    const [thisTab, otherTab] = [realtimeClient(sam), realtimeClient(sam)];
    try {
      const [thisChannel, otherChannel] = await Promise.all([thisTab.subscribe("user", sam.user.id), otherTab.subscribe("user", sam.user.id)]);
      const told = otherTab.next(otherChannel, "session.ended");
      const toldThisTab: unknown[] = [];
      thisChannel.bind("session.ended", (payload: unknown) => toldThisTab.push(payload));
      const socketId = thisTab.client.connection.socket_id;
      await sam.run(() => changePasswordAction({ currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD, socketId }));
      expect(await told).toEqual({ reason: "password-changed" });
      await new Promise((r) => setTimeout(r, 300)); // one trigger reaches both tabs at once; give it time anyway
      expect(toldThisTab).toEqual([]);
    } finally {
      thisTab.disconnect();
      otherTab.disconnect();
    }
  });

  it(`stops accepting guesses of the current password after ${accountLimits.passwordChecksPerUser.limit} wrong ones`, async () => {
    const sam = await actor();
    const change = (currentPassword: string) => sam.run(() => changePasswordAction({ currentPassword, newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD }));
    for (let i = 1; i < accountLimits.passwordChecksPerUser.limit; i++) await checkRateLimit(passwordCheckKey(sam.user.id), accountLimits.passwordChecksPerUser); // earlier guesses
    expect(await change("the-last-guess")).toMatchObject({ ok: false, error: { code: "validation" } });
    expect(await change(TEST_PASSWORD)).toMatchObject({ ok: false, error: { code: "rate_limited", message: expect.stringContaining("Try again in") } });
  });

  it("does not count right answers against the limit", async () => {
    const sam = await actor();
    for (let i = 1; i < accountLimits.passwordChecksPerUser.limit; i++) await checkRateLimit(passwordCheckKey(sam.user.id), accountLimits.passwordChecksPerUser);
    const newEmail = () => `${unique()}@example.test`;
    expect(await sam.run(() => changeEmailAction({ email: newEmail(), currentPassword: TEST_PASSWORD }))).toMatchObject({ ok: true });
    expect(await sam.run(() => changeEmailAction({ email: newEmail(), currentPassword: TEST_PASSWORD }))).toMatchObject({ ok: true });
  });
});

describe("change email", () => {
  it("keeps a verified address until the new one is confirmed, then switches and tells the old one", async () => {
    const sam = await actor();
    const newEmail = `${unique("new")}@example.test`;
    expect(await sam.run(() => changeEmailAction({ email: newEmail.toUpperCase(), currentPassword: TEST_PASSWORD }))).toEqual({
      ok: true,
      data: { email: newEmail, pending: true },
    });
    expect((await db.user.findUniqueOrThrow({ where: { id: sam.user.id } })).email).toBe(sam.user.email);
    expect(await pendingEmailChange(sam.user)).toBe(newEmail);

    const [link] = await emailsTo(newEmail);
    expect(link?.subject).toBe("Confirm your new email address");
    expect(await verifyEmail(tokenIn(link!.text))).toEqual({ status: "verified", email: newEmail });
    expect(await db.user.findUniqueOrThrow({ where: { id: sam.user.id } })).toMatchObject({ email: newEmail, emailVerifiedAt: expect.any(Date) });
    await flushAfter();
    expect((await emailsTo(sam.user.email)).map((e) => e.subject)).toEqual(["Your Chatsphere email address was changed"]);
  });

  it("switches an unverified account at once and sends the link to the new address", async () => {
    const sam = await actor({ verified: false });
    const newEmail = `${unique("fix")}@example.test`;
    expect(await sam.run(() => changeEmailAction({ email: newEmail, currentPassword: TEST_PASSWORD }))).toEqual({ ok: true, data: { email: newEmail, pending: false } });
    expect(await db.user.findUniqueOrThrow({ where: { id: sam.user.id } })).toMatchObject({ email: newEmail, emailVerifiedAt: null });
    const [link] = await emailsTo(newEmail);
    expect(link?.subject).toBe("Verify your email address");
    expect(await verifyEmail(tokenIn(link!.text))).toMatchObject({ status: "verified" });
  });

  it("refuses a wrong password, its own address, and an address another account has", async () => {
    const sam = await actor();
    const other = await createUser();
    expect(await sam.run(() => changeEmailAction({ email: `${unique()}@example.test`, currentPassword: "wrong-password" }))).toMatchObject({
      ok: false,
      error: { fields: { currentPassword: "That isn't your current password." } },
    });
    expect(await sam.run(() => changeEmailAction({ email: sam.user.email.toUpperCase(), currentPassword: TEST_PASSWORD }))).toMatchObject({
      ok: false,
      error: { fields: { email: "That is already your email address." } },
    });
    expect(await sam.run(() => changeEmailAction({ email: other.email.toUpperCase(), currentPassword: TEST_PASSWORD }))).toMatchObject({
      ok: false,
      error: { code: "conflict", fields: { email: expect.stringContaining("already exists") } },
    });
  });

  it("does not switch when the new address was taken before the link was opened", async () => {
    const sam = await actor();
    const newEmail = `${unique("race")}@example.test`;
    await sam.run(() => changeEmailAction({ email: newEmail, currentPassword: TEST_PASSWORD }));
    await createUser({ email: newEmail });
    const [link] = await emailsTo(newEmail);
    expect(await verifyEmail(tokenIn(link!.text))).toEqual({ status: "email-taken" });
    expect((await db.user.findUniqueOrThrow({ where: { id: sam.user.id } })).email).toBe(sam.user.email);
  });

  it("resends and cancels a pending change", async () => {
    const sam = await actor();
    const newEmail = `${unique("pending")}@example.test`;
    expect(await sam.run(() => resendEmailChangeAction({}))).toMatchObject({ ok: false, error: { code: "conflict" } });
    await sam.run(() => changeEmailAction({ email: newEmail, currentPassword: TEST_PASSWORD }));
    expect(await sam.run(() => resendEmailChangeAction({}))).toEqual({ ok: true, data: { email: newEmail } });
    const links = await emailsTo(newEmail);
    expect(links).toHaveLength(2);
    expect(await sam.run(() => cancelEmailChangeAction({}))).toMatchObject({ ok: true });
    expect(await pendingEmailChange(sam.user)).toBeNull();
    expect(await verifyEmail(tokenIn(links[1]!.text))).toMatchObject({ status: "used" });
    expect((await db.user.findUniqueOrThrow({ where: { id: sam.user.id } })).email).toBe(sam.user.email);
  });
});
