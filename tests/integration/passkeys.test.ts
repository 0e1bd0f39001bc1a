import { describe, expect, it, vi } from "vitest";
import { signIn } from "@/lib/auth";
import { addPasskeyAction } from "@/lib/actions/account/add-passkey";
import { passkeyRegistrationOptionsAction } from "@/lib/actions/account/passkey-registration-options";
import { removePasskeyAction } from "@/lib/actions/account/remove-passkey";
import { passkeySignInOptionsAction } from "@/lib/actions/auth/passkey-sign-in-options";
import { passkeySignInAction } from "@/lib/actions/auth/passkey-sign-in";
import { relyingParty } from "@/lib/accounts/passkeys";
import { authenticatePasskey, PasskeyRefused } from "@/lib/auth/passkey-sign-in";
import { db } from "@/lib/db";
import { actor, type Actor } from "../support/factories";
import { softAuthenticator } from "../support/soft-authenticator";
import { newVisitor } from "../support/visitor";

function unwrap<T>(result: { ok: true; data: T } | { ok: false; error: { message: string } }): T {
  if (!result.ok) throw new Error(result.error.message);
  return result.data;
}

/** A person with a passkey on a software authenticator. */
async function withPasskey(person: Actor, name = "Laptop") {
  const authenticator = softAuthenticator(relyingParty());
  const options = unwrap(await person.run(() => passkeyRegistrationOptionsAction({})));
  const added = unwrap(await person.run(() => addPasskeyAction({ name, response: authenticator.register(options) })));
  return { authenticator, passkeyId: added.id };
}

async function signInOptions() {
  return unwrap(await newVisitor().run(() => passkeySignInOptionsAction({})));
}

function signInWith(assertion: unknown) {
  return authenticatePasskey({ response: JSON.stringify(assertion) }, new Request("http://app.test/api/auth/callback/passkey"));
}

describe("adding passkeys", () => {
  it("verifies the new credential against our challenge, names it, and lists several per account", async () => {
    const person = await actor();
    const { authenticator } = await withPasskey(person, "Laptop");
    const options = unwrap(await person.run(() => passkeyRegistrationOptionsAction({})));
    expect(options).toMatchObject({ rp: { id: relyingParty().rpID, name: "Chatsphere" }, authenticatorSelection: { residentKey: "required" } });
    expect(options.excludeCredentials).toEqual([expect.objectContaining({ id: authenticator.credentials[0]!.id })]);
    unwrap(await person.run(() => addPasskeyAction({ name: " Phone ", response: authenticator.register(options) })));
    const stored = await db.passkey.findMany({ where: { userId: person.user.id }, orderBy: { createdAt: "asc" } });
    expect(stored.map((p) => p.name)).toEqual(["Laptop", "Phone"]);

    // A challenge works once, and only for the account it was issued to.
    expect(await person.run(() => addPasskeyAction({ name: "Again", response: authenticator.register(options) }))).toMatchObject({ ok: false, error: { code: "validation" } });
    const other = await actor();
    const theirs = unwrap(await other.run(() => passkeyRegistrationOptionsAction({})));
    expect(await person.run(() => addPasskeyAction({ name: "Stolen", response: authenticator.register(theirs) }))).toMatchObject({ ok: false });
    expect(await person.run(() => addPasskeyAction({ name: "", response: authenticator.register(options) }))).toMatchObject({ ok: false, error: { fields: { name: "Name the passkey" } } });
  });

  it("refuses a credential made for another site", async () => {
    const person = await actor();
    const phishing = softAuthenticator({ origin: "https://chatsphere.evil.example", rpID: "chatsphere.evil.example" });
    const options = unwrap(await person.run(() => passkeyRegistrationOptionsAction({})));
    expect(await person.run(() => addPasskeyAction({ name: "Evil", response: phishing.register(options) }))).toMatchObject({ ok: false, error: { code: "validation" } });
    expect(await db.passkey.count({ where: { userId: person.user.id } })).toBe(0);
  });

  it("removes only the owner's passkeys", async () => {
    const [person, other] = [await actor(), await actor()];
    const { authenticator, passkeyId } = await withPasskey(person);
    expect(await other.run(() => removePasskeyAction({ passkeyId }))).toMatchObject({ ok: false, error: { code: "not_found" } });
    expect(await person.run(() => removePasskeyAction({ passkeyId }))).toMatchObject({ ok: true });
    await expect(signInWith(authenticator.assert(await signInOptions()))).rejects.toBeInstanceOf(PasskeyRefused);
  });
});

describe("signing in with a passkey", () => {
  it("opens a session for the passkey's account without email, password or a second step, and moves the counter", async () => {
    const person = await actor();
    const { authenticator, passkeyId } = await withPasskey(person);
    const options = await signInOptions();
    expect(options).toMatchObject({ rpId: relyingParty().rpID, userVerification: "required" });
    expect(options.allowCredentials ?? []).toEqual([]); // discoverable: the browser offers what it holds
    const signedIn = await signInWith(authenticator.assert(options));
    expect(signedIn).toMatchObject({ id: person.user.id });
    expect(await db.session.findUnique({ where: { id: signedIn.sessionId } })).toMatchObject({ userId: person.user.id });
    expect(await db.passkey.findUniqueOrThrow({ where: { id: passkeyId } })).toMatchObject({ counter: 1n, lastUsedAt: expect.any(Date) });
  });

  it("refuses a replayed assertion and a counter that did not move forward (a cloned authenticator)", async () => {
    const person = await actor();
    const { authenticator, passkeyId } = await withPasskey(person);
    const first = authenticator.assert(await signInOptions(), { counter: 5 });
    await signInWith(first);
    await expect(signInWith(first)).rejects.toBeInstanceOf(PasskeyRefused); // same challenge again
    await expect(signInWith(authenticator.assert(await signInOptions(), { counter: 5 }))).rejects.toBeInstanceOf(PasskeyRefused);
    await expect(signInWith(authenticator.assert(await signInOptions(), { counter: 3 }))).rejects.toBeInstanceOf(PasskeyRefused);
    expect((await db.passkey.findUniqueOrThrow({ where: { id: passkeyId } })).counter).toBe(5n);
    await expect(signInWith(authenticator.assert(await signInOptions(), { counter: 6 }))).resolves.toMatchObject({ id: person.user.id });
  });

  it("refuses a registration challenge, an unknown passkey, a suspended account, and malformed answers", async () => {
    const person = await actor();
    const { authenticator } = await withPasskey(person);
    const registration = unwrap(await person.run(() => passkeyRegistrationOptionsAction({})));
    await expect(signInWith(authenticator.assert(registration))).rejects.toBeInstanceOf(PasskeyRefused);
    const stranger = softAuthenticator(relyingParty());
    stranger.register({ challenge: "x", user: { id: "nobody" } });
    await expect(signInWith(stranger.assert(await signInOptions()))).rejects.toBeInstanceOf(PasskeyRefused);
    await expect(authenticatePasskey({ response: "{not json" }, new Request("http://app.test/"))).rejects.toBeInstanceOf(PasskeyRefused);

    await db.user.update({ where: { id: person.user.id }, data: { status: "SUSPENDED" } });
    const refusal = await signInWith(authenticator.assert(await signInOptions())).catch((e) => e);
    expect(refusal).toBeInstanceOf(PasskeyRefused);
    expect(refusal.refusal.message).toContain("suspended");
  });

  it("answers the sign-in action with what went wrong", async () => {
    // Auth.js's signIn is stood in for: it runs the same authenticatePasskey() on what it is given.
    vi.mocked(signIn).mockImplementationOnce(async (_provider, options) => {
      await authenticatePasskey({ response: (options as { response: string }).response }, new Request("http://app.test/api/auth/callback/passkey"));
    });
    const stranger = softAuthenticator(relyingParty());
    stranger.register({ challenge: "x", user: { id: "nobody" } });
    const result = await newVisitor().run(async () => passkeySignInAction({ response: stranger.assert(await signInOptions()) }));
    expect(result).toMatchObject({ ok: false, error: { code: "unauthorized", message: expect.stringContaining("That passkey can't sign in here") } });
  });
});
