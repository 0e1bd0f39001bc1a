import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { changePasswordAction } from "@/lib/actions/account/change-password";
import { deleteAccountAction } from "@/lib/actions/account/delete-account";
import { forcePasswordResetAction } from "@/lib/actions/admin/force-password-reset";
import { suspendUsersAction } from "@/lib/actions/admin/suspend-users";
import { requestPasswordResetAction } from "@/lib/actions/auth/request-password-reset";
import { requestVerificationEmailAction } from "@/lib/actions/auth/request-verification-email";
import { resetPasswordAction } from "@/lib/actions/auth/reset-password";
import { signOutAction } from "@/lib/actions/auth/sign-out";
import { heartbeatAction } from "@/lib/actions/messages/heartbeat";
import { db } from "@/lib/db";
import { flushAfter } from "../../support/after";
import { actor, signInAs, TEST_PASSWORD, unique, type Actor } from "../../support/factories";
import { emailsTo } from "../../support/mail";
import { newVisitor } from "../../support/visitor";

// Every way a session ends, against a person signed in on two browsers with two API clients:
// afterwards the sessions that should be gone answer 401 at their next request (the cookie is
// still there: it is the session row that counts) and the API refresh tokens no longer work.

const NEW_PASSWORD = "another-long-passphrase-7";
const ignoreRedirect = (error: unknown) => {
  if (!String((error as { digest?: unknown }).digest ?? "").startsWith("NEXT_REDIRECT")) throw error;
};

async function signedInTwice() {
  const person = await actor();
  const laptop = await signInAs(person.user);
  const apiClients = await Promise.all(
    [1, 2].map(() => db.refreshToken.create({ data: { userId: person.user.id, familyId: unique("f"), tokenHash: unique("h"), expiresAt: new Date(Date.now() + 86_400_000) } })),
  );
  return { person, laptop, apiClients };
}

/** 401 or not, at the session's next request. */
const stillSignedIn = async (session: { run: Actor["run"] }) => (await session.run(() => heartbeatAction({}))).ok;
const liveRefreshTokens = (userId: string) => db.refreshToken.count({ where: { userId, revokedAt: null } });

type Ending = { event: string; end: (p: Awaited<ReturnType<typeof signedInTwice>>) => Promise<void>; keepsCurrent: boolean };

const endings: Ending[] = [
  {
    event: "signing out (this browser only; other devices stay)",
    end: ({ person }) => person.run(() => signOutAction()).catch(ignoreRedirect),
    keepsCurrent: false,
  },
  {
    event: "changing the password",
    end: async ({ person }) => {
      expect(await person.run(() => changePasswordAction({ currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD }))).toMatchObject({ ok: true });
    },
    keepsCurrent: true,
  },
  {
    event: "resetting the password from an emailed link",
    end: async ({ person }) => {
      await newVisitor().run(() => requestPasswordResetAction({ email: person.user.email })).catch(ignoreRedirect);
      await flushAfter();
      const token = /\/password\/reset\/([A-Za-z0-9_-]{43})/.exec((await emailsTo(person.user.email)).at(-1)!.text)![1]!;
      await newVisitor().run(() => resetPasswordAction({ token, password: NEW_PASSWORD, confirmPassword: NEW_PASSWORD })).catch(ignoreRedirect);
    },
    keepsCurrent: false,
  },
  {
    event: "an admin forcing a password reset",
    end: async ({ person }) => {
      const admin = await actor({ role: "ADMIN" });
      expect(await admin.run(() => forcePasswordResetAction({ userId: person.user.id }))).toMatchObject({ ok: true });
    },
    keepsCurrent: false,
  },
  {
    event: "suspension",
    end: async ({ person }) => {
      const admin = await actor({ role: "ADMIN" });
      expect(await admin.run(() => suspendUsersAction({ userIds: [person.user.id] }))).toMatchObject({ ok: true });
    },
    keepsCurrent: false,
  },
  {
    event: "deleting the account",
    end: ({ person }) => person.run(() => deleteAccountAction({ password: TEST_PASSWORD, confirmation: "delete my account" })).then(() => undefined, ignoreRedirect),
    keepsCurrent: false,
  },
];

describe("what ends sessions and API tokens", () => {
  it.each(endings)("$event", async ({ end, keepsCurrent, event }) => {
    const signedIn = await signedInTwice();
    const { person, laptop } = signedIn;
    expect(await stillSignedIn(person)).toBe(true);
    expect(await stillSignedIn(laptop)).toBe(true);
    await end(signedIn);

    expect(await stillSignedIn(person)).toBe(keepsCurrent);
    const signOutOnly = event.startsWith("signing out");
    expect(await stillSignedIn(laptop)).toBe(signOutOnly); // sign-out ends this browser only
    expect(await liveRefreshTokens(person.user.id)).toBe(signOutOnly ? 2 : 0);
  });
});

describe("emailed tokens", () => {
  it("stores only the SHA-256 of reset and verification tokens", async () => {
    const person = await actor({ verified: false });
    await newVisitor().run(() => requestPasswordResetAction({ email: person.user.email })).catch(ignoreRedirect);
    await newVisitor().run(() => requestVerificationEmailAction({ email: person.user.email }));
    await flushAfter();
    const links = (await emailsTo(person.user.email)).map((email) => /\/(?:password\/reset|verify-email)\/([A-Za-z0-9_-]{43})/.exec(email.text)![1]!);
    expect(links).toHaveLength(2);
    const stored = await db.userToken.findMany({ where: { userId: person.user.id }, orderBy: { createdAt: "asc" } });
    expect(stored.map((t) => t.purpose).sort()).toEqual(["EMAIL_VERIFICATION", "PASSWORD_RESET"]);
    const sha256 = (value: string) => createHash("sha256").update(value).digest("hex");
    expect(stored.map((t) => t.tokenHash).sort()).toEqual(links.map(sha256).sort());
    const everyColumn = JSON.stringify(await db.$queryRaw`SELECT * FROM "UserToken" WHERE "userId" = ${person.user.id}`);
    for (const raw of links) expect(everyColumn).not.toContain(raw);
  });
});
