import "server-only";
import { isIP } from "node:net";
import {
  generateAuthenticationOptions,
  generateRegistrationOptions,
  verifyAuthenticationResponse,
  verifyRegistrationResponse,
  type AuthenticatorTransport,
} from "@simplewebauthn/server";
import type { z } from "zod";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { AppError, notFound } from "@/lib/errors";
import type { authenticationResponseSchema, registrationResponseSchema } from "@/lib/zod/passkeys";

// Passkeys (WebAuthn, discoverable credentials): added in settings, several per account, each
// named; signing in with one needs no email or password (the passkey names its account) and no
// second step (it is possession plus the device's own PIN or biometric).

const CHALLENGE_TTL_MS = 5 * 60 * 1000;
export const MAX_PASSKEYS = 20;

/**
 * The relying party is APP_URL's host. An IP address can't be a WebAuthn RP ID, so a loopback
 * APP_URL (http://127.0.0.1:3000) means passkeys work at http://localhost:3000.
 */
export function relyingParty() {
  const url = new URL(env().APP_URL);
  if (isIP(url.hostname.replace(/^\[|\]$/g, ""))) url.hostname = "localhost";
  return { rpID: url.hostname, origin: url.origin, rpName: "Chatsphere" };
}

async function storeChallenge(challenge: string, userId: string | null) {
  await db.webAuthnChallenge.deleteMany({ where: { expiresAt: { lt: new Date() } } });
  await db.webAuthnChallenge.create({ data: { challenge, userId, expiresAt: new Date(Date.now() + CHALLENGE_TTL_MS) } });
}

/** Uses up a challenge we issued (to `userId`, or for a sign-in when null): true once, within 5 minutes. */
async function consumeChallenge(challenge: string, userId: string | null): Promise<boolean> {
  const used = await db.webAuthnChallenge.deleteMany({ where: { challenge, userId, expiresAt: { gt: new Date() } } });
  return used.count === 1;
}

type Account = { id: string; email: string; fullName: string };

export async function passkeyRegistrationOptions(user: Account) {
  const existing = await db.passkey.findMany({ where: { userId: user.id }, select: { credentialId: true, transports: true } });
  if (existing.length >= MAX_PASSKEYS) throw new AppError("conflict", `You can have at most ${MAX_PASSKEYS} passkeys: remove one first.`);
  const { rpID, rpName } = relyingParty();
  const options = await generateRegistrationOptions({
    rpName,
    rpID,
    userName: user.email,
    userDisplayName: user.fullName,
    userID: new TextEncoder().encode(user.id),
    attestationType: "none",
    excludeCredentials: existing.map((p) => ({ id: p.credentialId, transports: p.transports as AuthenticatorTransport[] })),
    authenticatorSelection: { residentKey: "required", userVerification: "preferred" },
  });
  await storeChallenge(options.challenge, user.id);
  return options;
}

export async function addPasskey(user: Account, name: string, response: z.output<typeof registrationResponseSchema>) {
  const { rpID, origin } = relyingParty();
  const verification = await verifyRegistrationResponse({
    response,
    expectedChallenge: (challenge) => consumeChallenge(challenge, user.id),
    expectedOrigin: origin,
    expectedRPID: rpID,
    requireUserVerification: false,
  }).catch(() => null);
  if (!verification?.verified) throw new AppError("validation", "The passkey could not be verified. Try again.");
  const { credential, credentialBackedUp } = verification.registrationInfo;
  if (await db.passkey.findUnique({ where: { credentialId: credential.id } })) throw new AppError("conflict", "That passkey is already added.");
  const passkey = await db.passkey.create({
    data: {
      userId: user.id,
      name,
      credentialId: credential.id,
      publicKey: Buffer.from(credential.publicKey),
      counter: BigInt(credential.counter),
      transports: credential.transports ?? [],
      backedUp: credentialBackedUp,
    },
  });
  return { id: passkey.id, name: passkey.name };
}

export function listPasskeys(userId: string) {
  return db.passkey.findMany({
    where: { userId },
    orderBy: { createdAt: "asc" },
    select: { id: true, name: true, createdAt: true, lastUsedAt: true, backedUp: true },
  });
}

export async function removePasskey(user: { id: string }, passkeyId: string): Promise<void> {
  const removed = await db.passkey.deleteMany({ where: { id: passkeyId, userId: user.id } });
  if (removed.count === 0) throw notFound("That passkey");
}

export async function passkeySignInOptions() {
  const options = await generateAuthenticationOptions({ rpID: relyingParty().rpID, userVerification: "required" });
  await storeChallenge(options.challenge, null);
  return options;
}

const refused = () => new AppError("unauthorized", "That passkey can't sign in here. Use your email and password, or another passkey.");

/**
 * The account a sign-in assertion proves, once: the challenge is ours and unused, the signature
 * is the stored key's, the device verified its user, and the signature counter moved forward (a
 * counter that goes back means a cloned authenticator: refused, and the counter is kept).
 */
export async function verifyPasskeySignIn(response: z.output<typeof authenticationResponseSchema>) {
  const passkey = await db.passkey.findUnique({ where: { credentialId: response.id }, include: { user: true } });
  if (!passkey) throw refused();
  const { rpID, origin } = relyingParty();
  const verification = await verifyAuthenticationResponse({
    response,
    expectedChallenge: (challenge) => consumeChallenge(challenge, null),
    expectedOrigin: origin,
    expectedRPID: rpID,
    requireUserVerification: true,
    credential: {
      id: passkey.credentialId,
      publicKey: new Uint8Array(passkey.publicKey),
      counter: Number(passkey.counter),
      transports: passkey.transports as AuthenticatorTransport[],
    },
  }).catch(() => null);
  if (!verification?.verified) throw refused();
  // Only if nobody moved the counter meanwhile: of two parallel uses of one assertion, one wins.
  const updated = await db.passkey.updateMany({
    where: { id: passkey.id, counter: passkey.counter },
    data: { counter: BigInt(verification.authenticationInfo.newCounter), lastUsedAt: new Date(), backedUp: verification.authenticationInfo.credentialBackedUp },
  });
  if (updated.count !== 1) throw refused();
  return passkey.user;
}
