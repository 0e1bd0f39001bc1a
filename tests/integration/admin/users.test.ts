import { describe, expect, it } from "vitest";
import { reactivateUserAction } from "@/lib/actions/admin/reactivate-user";
import { setUserRoleAction } from "@/lib/actions/admin/set-user-role";
import { suspendUsersAction } from "@/lib/actions/admin/suspend-users";
import { verifyUserEmailAction } from "@/lib/actions/admin/verify-user-email";
import { deleteUsersAction } from "@/lib/actions/admin/delete-users";
import { findUsersAction } from "@/lib/actions/admin/find-users";
import { forcePasswordResetAction } from "@/lib/actions/admin/force-password-reset";
import { resendVerificationAction } from "@/lib/actions/admin/resend-verification";
import { resetPassword } from "@/lib/accounts/password-reset";
import { verifyEmail } from "@/lib/accounts/verification";
import { verifyPassword } from "@/lib/auth/password";
import { setUserRole } from "@/lib/admin/users/set-role";
import { getCurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { realtimeClient } from "../../support/realtime";
import { waitForEmail } from "../../support/mail";
import { actor, createServer, createUser, signInAs, TEST_PASSWORD } from "../../support/factories";
import { ISOLATED_TEST_TIMEOUT_MS, withIsolatedDatabase } from "../../support/isolated-database";
import { expectAudited } from "./audit-helpers";

describe("admin: suspending and reactivating users", () => {
  it("suspends: ends every session and API token at once, tells open tabs, and records it", async () => {
    const admin = await actor({ role: "ADMIN" });
    const dave = await actor();
    const otherTab = await signInAs(dave.user);
    await db.refreshToken.create({ data: { userId: dave.user.id, familyId: "f1", tokenHash: `h-${dave.user.id}`, expiresAt: new Date(Date.now() + 86_400_000) } });
    const realtime = realtimeClient(dave);
    const channel = await realtime.subscribe("user", dave.user.id);
    const ended = realtime.next<{ reason: string }>(channel, "session.ended");

    const result = await admin.run(() => suspendUsersAction({ userIds: [dave.user.id] }));
    expect(result).toEqual({ ok: true, data: { suspended: 1, skipped: [] } });
    expect(await ended).toEqual({ reason: "suspended" });
    realtime.disconnect();

    expect(await db.user.findUniqueOrThrow({ where: { id: dave.user.id } })).toMatchObject({ status: "SUSPENDED" });
    expect(await db.session.count({ where: { userId: dave.user.id } })).toBe(0);
    expect(await db.refreshToken.count({ where: { userId: dave.user.id, revokedAt: null } })).toBe(0);
    expect(await dave.run(() => getCurrentUser())).toBeNull();
    expect(await otherTab.run(() => getCurrentUser())).toBeNull();
    // A fresh session (as a sign-in would make) is refused too while suspended.
    expect(await (await signInAs(dave.user)).run(() => getCurrentUser())).toBeNull();

    const entry = await expectAudited(admin.user.id, "user.suspend", dave.user.id);
    expect(entry).toMatchObject({ actorLabel: `@${admin.user.username}`, targetType: "user" });
    expect(entry.summary).toMatchObject({ label: `@${dave.user.username}`, before: { status: "ACTIVE" }, after: { status: "SUSPENDED" }, sessionsEnded: 2, apiTokensRevoked: 1 });
  });

  it("suspends in bulk, skipping the admin's own account and other admins", async () => {
    const admin = await actor({ role: "ADMIN" });
    const otherAdmin = await createUser({ role: "ADMIN" });
    const [a, b] = await Promise.all([createUser(), createUser()]);
    const result = await admin.run(() => suspendUsersAction({ userIds: [a.id, b.id, admin.user.id, otherAdmin.id] }));
    expect(result.ok && result.data.suspended).toBe(2);
    expect(result.ok && result.data.skipped.map((s) => s.reason)).toEqual([
      "you can't suspend your own account",
      `remove @${otherAdmin.username}'s admin rights first`,
    ]);
    expect(await db.user.count({ where: { id: { in: [a.id, b.id] }, status: "SUSPENDED" } })).toBe(2);
    expect(await db.user.count({ where: { id: { in: [admin.user.id, otherAdmin.id] }, status: "ACTIVE" } })).toBe(2);
    expect(await db.auditLog.count({ where: { actorId: admin.user.id, action: "user.suspend" } })).toBe(2);
  });

  it("refuses to suspend only yourself, with a reason, and records nothing", async () => {
    const admin = await actor({ role: "ADMIN" });
    const result = await admin.run(() => suspendUsersAction({ userIds: [admin.user.id] }));
    expect(result).toMatchObject({ ok: false, error: { code: "forbidden", message: "You can't suspend your own account." } });
    expect(await db.auditLog.count({ where: { actorId: admin.user.id } })).toBe(0);
  });

  it("reactivates a suspended user, who can then be signed in again", async () => {
    const admin = await actor({ role: "ADMIN" });
    const sam = await createUser({ status: "SUSPENDED" });
    expect(await admin.run(() => reactivateUserAction({ userId: sam.id }))).toEqual({ ok: true, data: undefined });
    expect(await (await signInAs(sam)).run(() => getCurrentUser())).toMatchObject({ id: sam.id });
    await expectAudited(admin.user.id, "user.reactivate", sam.id);
    expect(await admin.run(() => reactivateUserAction({ userId: sam.id }))).toMatchObject({ ok: false, error: { code: "conflict" } });
  });
});

describe("admin: verifying email addresses", () => {
  it("verifies an unverified account once, and uses up its pending links", async () => {
    const admin = await actor({ role: "ADMIN" });
    const newbie = await createUser({ verified: false });
    await db.userToken.create({ data: { userId: newbie.id, purpose: "EMAIL_VERIFICATION", tokenHash: `t-${newbie.id}`, expiresAt: new Date(Date.now() + 3600_000) } });
    expect(await admin.run(() => verifyUserEmailAction({ userId: newbie.id }))).toEqual({ ok: true, data: undefined });
    expect((await db.user.findUniqueOrThrow({ where: { id: newbie.id } })).emailVerifiedAt).not.toBeNull();
    expect(await db.userToken.count({ where: { userId: newbie.id, usedAt: null } })).toBe(0);
    await expectAudited(admin.user.id, "user.verify_email", newbie.id);
    expect(await admin.run(() => verifyUserEmailAction({ userId: newbie.id }))).toMatchObject({ ok: false, error: { code: "conflict" } });
    expect(await admin.run(() => verifyUserEmailAction({ userId: "nosuchuser" }))).toMatchObject({ ok: false, error: { code: "not_found" } });
  });
});

describe("admin: promoting and demoting", () => {
  it("promotes a verified active user and demotes them again, recording both", async () => {
    const admin = await actor({ role: "ADMIN" });
    const carol = await createUser();
    expect(await admin.run(() => setUserRoleAction({ userId: carol.id, role: "ADMIN" }))).toEqual({ ok: true, data: undefined });
    expect((await db.user.findUniqueOrThrow({ where: { id: carol.id } })).role).toBe("ADMIN");
    expect(await admin.run(() => setUserRoleAction({ userId: carol.id, role: "USER" }))).toEqual({ ok: true, data: undefined });
    expect((await db.user.findUniqueOrThrow({ where: { id: carol.id } })).role).toBe("USER");
    expect((await expectAudited(admin.user.id, "user.promote", carol.id)).summary).toMatchObject({ before: { role: "USER" }, after: { role: "ADMIN" } });
    await expectAudited(admin.user.id, "user.demote", carol.id);
  });

  it("never changes your own role", async () => {
    const admin = await actor({ role: "ADMIN" });
    const result = await admin.run(() => setUserRoleAction({ userId: admin.user.id, role: "USER" }));
    expect(result).toMatchObject({ ok: false, error: { code: "forbidden", message: "You can't change your own role: ask another admin." } });
    expect((await db.user.findUniqueOrThrow({ where: { id: admin.user.id } })).role).toBe("ADMIN");
  });

  it("never removes the last admin, even when two admins demote each other at the same moment", { timeout: ISOLATED_TEST_TIMEOUT_MS }, async () => {
    // "The last admin" is a fact about the whole platform: checked on a database of its own.
    await withIsolatedDatabase(async () => {
      const a = await actor({ role: "ADMIN" });
      const b = await actor({ role: "ADMIN" });
      const results = await Promise.all([
        a.run(() => setUserRoleAction({ userId: b.user.id, role: "USER" })),
        b.run(() => setUserRoleAction({ userId: a.user.id, role: "USER" })),
      ]);
      expect(results.filter((r) => r.ok)).toHaveLength(1);
      expect(await db.user.count({ where: { role: "ADMIN" } })).toBe(1);

      // The one left can't be demoted by anyone: a stale admin session is refused, and the
      // service itself says why if handed an actor whose rights were revoked meanwhile.
      const [survivor, demoted] = results[0]!.ok ? [a, b] : [b, a];
      expect(await demoted.run(() => setUserRoleAction({ userId: survivor.user.id, role: "USER" }))).toMatchObject({ ok: false, error: { code: "not_found" } });
      await expect(setUserRole({ ...demoted.user, role: "ADMIN" }, survivor.user.id, "USER")).rejects.toMatchObject({
        code: "conflict",
        message: `@${survivor.user.username} is the last admin: make someone else an admin first.`,
      });
      expect(await db.user.count({ where: { role: "ADMIN" } })).toBe(1);
      expect(await db.auditLog.count({ where: { action: "user.demote" } })).toBe(1);
    });
  });

  it("refuses to promote suspended or unverified accounts", async () => {
    const admin = await actor({ role: "ADMIN" });
    const suspended = await createUser({ status: "SUSPENDED" });
    const unverified = await createUser({ verified: false });
    expect(await admin.run(() => setUserRoleAction({ userId: suspended.id, role: "ADMIN" }))).toMatchObject({ ok: false, error: { code: "conflict" } });
    expect(await admin.run(() => setUserRoleAction({ userId: unverified.id, role: "ADMIN" }))).toMatchObject({ ok: false, error: { code: "conflict" } });
    expect(await admin.run(() => setUserRoleAction({ userId: unverified.id, role: "OWNER" as "ADMIN" }))).toMatchObject({ ok: false, error: { code: "validation" } });
  });
});

describe("admin: user picker", () => {
  it("finds active users by username, email or name", async () => {
    const admin = await actor({ role: "ADMIN" });
    const zed = await createUser({ fullName: "Zebediah Quux" });
    const result = await admin.run(() => findUsersAction({ q: "zebediah" }));
    expect(result.ok && result.data.map((u) => u.id)).toContain(zed.id);
  });
});

describe("admin: emails, password resets and deletion (the accounts services)", () => {
  it("resends a verification link that verifies the address", async () => {
    const admin = await actor({ role: "ADMIN" });
    const newbie = await createUser({ verified: false });
    expect(await admin.run(() => resendVerificationAction({ userId: newbie.id }))).toEqual({ ok: true, data: { email: newbie.email } });
    const email = await waitForEmail(newbie.email, /verify/i);
    const token = new URL(email.link).pathname.split("/").pop()!;
    expect(await verifyEmail(token)).toMatchObject({ status: "verified" });
    await expectAudited(admin.user.id, "user.resend_verification", newbie.id);
    expect(await admin.run(() => resendVerificationAction({ userId: newbie.id }))).toMatchObject({ ok: false, error: { code: "conflict" } });
  });

  it("forces a password reset: the old password stops working, sessions end, a working link is emailed", async () => {
    const admin = await actor({ role: "ADMIN" });
    const victim = await actor();
    expect(await admin.run(() => forcePasswordResetAction({ userId: victim.user.id }))).toEqual({ ok: true, data: { email: victim.user.email } });
    expect(await victim.run(() => getCurrentUser())).toBeNull();
    const { passwordHash } = await db.user.findUniqueOrThrow({ where: { id: victim.user.id } });
    expect(await verifyPassword(TEST_PASSWORD, passwordHash)).toBe(false);
    const email = await waitForEmail(victim.user.email, /reset/i);
    const token = new URL(email.link).pathname.split("/").pop()!;
    await resetPassword({ token, password: "a-brand-new-password" });
    expect(await verifyPassword("a-brand-new-password", (await db.user.findUniqueOrThrow({ where: { id: victim.user.id } })).passwordHash)).toBe(true);
    expect((await expectAudited(admin.user.id, "user.force_password_reset", victim.user.id)).summary).toMatchObject({ sessionsEnded: 1 });
    expect(await admin.run(() => forcePasswordResetAction({ userId: admin.user.id }))).toMatchObject({ ok: false, error: { code: "forbidden" } });
  });

  it("deletes accounts as self-deletion would: messages stay authorless, owned servers pass on, and it is recorded", async () => {
    const admin = await actor({ role: "ADMIN" });
    const [gone, heir] = [await createUser(), await createUser()];
    const server = await createServer(gone, { members: [[heir, "MEMBER"]] });
    const message = await db.message.create({ data: { conversationId: server.channels[0]!.conversationId, seq: 1, authorId: gone.id, clientId: "d1", body: "still here" } });
    expect(await admin.run(() => deleteUsersAction({ userIds: [gone.id] }))).toEqual({ ok: true, data: { deleted: 1, skipped: [] } });
    expect(await db.user.findUnique({ where: { id: gone.id } })).toBeNull();
    expect(await db.message.findUniqueOrThrow({ where: { id: message.id } })).toMatchObject({ authorId: null, body: "still here" });
    expect((await db.server.findUniqueOrThrow({ where: { id: server.id } })).ownerId).toBe(heir.id);
    const entry = await expectAudited(admin.user.id, "user.delete", gone.id);
    expect(entry.summary).toMatchObject({ label: `@${gone.username}`, serversTransferred: [`${server.name} → @${heir.username}`], serversDeleted: [] });
  });

  it("deletes in bulk, never the admin's own account nor another admin's", async () => {
    const admin = await actor({ role: "ADMIN" });
    const otherAdmin = await createUser({ role: "ADMIN" });
    const [a, b] = [await createUser(), await createUser()];
    const result = await admin.run(() => deleteUsersAction({ userIds: [a.id, admin.user.id, b.id, otherAdmin.id] }));
    expect(result).toMatchObject({ ok: true, data: { deleted: 2 } });
    expect(result.ok && result.data.skipped.map((s) => s.username)).toEqual([admin.user.username, otherAdmin.username]);
    expect(await db.user.count({ where: { id: { in: [a.id, b.id] } } })).toBe(0);
    expect(await db.user.count({ where: { id: { in: [admin.user.id, otherAdmin.id] } } })).toBe(2);
    expect(await admin.run(() => deleteUsersAction({ userIds: [admin.user.id] }))).toMatchObject({ ok: false, error: { code: "forbidden", message: "You can't delete your own account." } });
  });
});
