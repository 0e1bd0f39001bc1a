import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { apiClient } from "../../support/api";
import { createUser, unique } from "../../support/factories";
import { emailsTo, waitForEmail } from "../../support/mail";

// The account steps a frontend of its own goes through, by the API alone, with the emails read
// from the local Resend stand-in.

const api = apiClient();
const password = "a-long-enough-passphrase-7";
const network = () => ({ "X-Forwarded-For": `203.0.113.${Math.floor(Math.random() * 250) + 1}` });
const tokenOf = (link: string) => link.split("/").pop()!;

describe("accounts through /api/v1", () => {
  it("signs up, verifies with the emailed link's token, and asks for a new link only while unverified", async () => {
    const name = unique("api");
    const email = `${name}@example.test`;
    const signUp = await api.call("POST", "/auth/sign-up", {
      body: { fullName: "Api Person", email, username: name, password, confirmPassword: password },
      headers: network(),
    });
    expect(signUp.status).toBe(204);
    const session = await api.signIn({ email }, password);
    expect((await session.get("/me")).body.emailVerified).toBe(false);

    const mail = await waitForEmail(email, /verify/i);
    const verified = await api.call("POST", "/auth/verify-email", { body: { token: tokenOf(mail.link) } });
    expect(verified).toMatchObject({ status: 200, body: { email, alreadyVerified: false } });
    expect((await session.get("/me")).body.emailVerified).toBe(true);
    expect((await session.post("/me/verification-email")).status).toBe(409);
  }, 60_000);

  it("emails a signed-in unverified person a new link", async () => {
    const user = await createUser({ verified: false });
    const session = await api.signIn(user);
    expect(await session.post("/me/verification-email")).toMatchObject({ status: 200, body: { email: user.email } });
    await waitForEmail(user.email, /verify/i);
  }, 60_000);

  it("answers sign-up for a taken address as for a new one, and emails the owner instead", async () => {
    const owner = await createUser();
    const response = await api.call("POST", "/auth/sign-up", {
      body: { fullName: "Impostor", email: owner.email, username: unique("imp"), password, confirmPassword: password },
      headers: network(),
    });
    expect(response.status).toBe(204);
    await waitForEmail(owner.email, /tried to create an account/i);
    expect(await db.user.count({ where: { email: owner.email } })).toBe(1);
  }, 60_000);

  it("refuses a bad verification token with the reason", async () => {
    const response = await api.call("POST", "/auth/verify-email", { body: { token: "not-a-real-token" } });
    expect(response.status).toBe(400);
    expect(response.body.error).toMatchObject({ code: "validation", fields: { token: expect.stringMatching(/isn't valid/) } });
  });

  it("resets a password from the emailed token, once, signing the old tokens out", async () => {
    const user = await createUser();
    const before = await api.signIn(user);
    const unknown = await api.call("POST", "/auth/password-reset", { body: { email: `nobody-${user.email}` }, headers: network() });
    const known = await api.call("POST", "/auth/password-reset", { body: { email: user.email }, headers: network() });
    expect([unknown.status, known.status]).toEqual([204, 204]);

    const token = tokenOf((await waitForEmail(user.email, /reset/i)).link);
    const body = { token, password, confirmPassword: password };
    expect((await api.call("POST", "/auth/password-reset/confirm", { body })).status).toBe(204);
    expect((await before.get("/me")).status).toBe(401);
    await api.signIn(user, password);
    const again = await api.call("POST", "/auth/password-reset/confirm", { body });
    expect(again.status).toBe(400);
    expect(again.body.error.message).toMatch(/already been used/);
    expect(await emailsTo(`nobody-${user.email}`)).toEqual([]);
  }, 60_000);
});
