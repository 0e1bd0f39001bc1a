import { createECDH, createDecipheriv, createHmac, randomBytes, randomUUID, type ECDH } from "node:crypto";
import { importJWK, jwtVerify } from "jose";
import type { ReceivedPush } from "./push-service";

// The browser's side of Web Push, for tests: a subscription whose private keys the test holds, and
// the decryption a browser does (RFC 8291 on RFC 8188 aes128gcm: ECDH P-256, two HKDF steps,
// AES-128-GCM), written out with node:crypto so nothing of the sender's library checks itself.

export type TestSubscriber = {
  id: string;
  subscription: { endpoint: string; keys: { p256dh: string; auth: string } };
  ecdh: ECDH;
  authSecret: Buffer;
};

function pushServiceUrl(): string {
  const url = process.env.PUSH_SERVICE_URL;
  if (!url) throw new Error("PUSH_SERVICE_URL is not set: the test services start the local push service");
  return url;
}

export function newSubscriber(): TestSubscriber {
  const ecdh = createECDH("prime256v1");
  ecdh.generateKeys();
  const authSecret = randomBytes(16);
  const id = randomUUID();
  return {
    id,
    ecdh,
    authSecret,
    subscription: { endpoint: `${pushServiceUrl()}/push/${id}`, keys: { p256dh: ecdh.getPublicKey().toString("base64url"), auth: authSecret.toString("base64url") } },
  };
}

/** What reached the subscriber's endpoint so far, oldest first. */
export async function receivedPushes(subscriber: TestSubscriber): Promise<ReceivedPush[]> {
  return (await fetch(`${pushServiceUrl()}/__pushes/${subscriber.id}`)).json();
}

/** From now on the push service answers 410 Gone for this subscriber, as for one the browser dropped. */
export async function expireSubscription(subscriber: TestSubscriber): Promise<void> {
  await fetch(`${pushServiceUrl()}/__expire/${subscriber.id}`, { method: "POST" });
}

const hmac = (key: Buffer, data: Buffer) => createHmac("sha256", key).update(data).digest();

/** Decrypts one aes128gcm push body with the subscriber's keys; throws when it doesn't authenticate. */
export function decryptPush(subscriber: TestSubscriber, body: Buffer): string {
  const salt = body.subarray(0, 16);
  const recordSize = body.readUInt32BE(16);
  const keyIdLength = body[20]!;
  const senderPublicKey = body.subarray(21, 21 + keyIdLength);
  const ciphertext = body.subarray(21 + keyIdLength);
  if (ciphertext.length > recordSize) throw new Error("more than one record: not what a push carries");

  const sharedSecret = subscriber.ecdh.computeSecret(senderPublicKey);
  const keyInfo = Buffer.concat([Buffer.from("WebPush: info\0"), subscriber.ecdh.getPublicKey(), senderPublicKey]);
  const ikm = hmac(hmac(subscriber.authSecret, sharedSecret), Buffer.concat([keyInfo, Buffer.from([1])]));
  const prk = hmac(salt, ikm);
  const contentKey = hmac(prk, Buffer.from("Content-Encoding: aes128gcm\0\x01", "latin1")).subarray(0, 16);
  const nonce = hmac(prk, Buffer.from("Content-Encoding: nonce\0\x01", "latin1")).subarray(0, 12);

  const decipher = createDecipheriv("aes-128-gcm", contentKey, nonce);
  decipher.setAuthTag(ciphertext.subarray(ciphertext.length - 16));
  const padded = Buffer.concat([decipher.update(ciphertext.subarray(0, ciphertext.length - 16)), decipher.final()]);
  let end = padded.length - 1;
  while (end >= 0 && padded[end] === 0) end--;
  if (padded[end] !== 2) throw new Error("the last record's padding delimiter (0x02) is missing");
  return padded.subarray(0, end).toString("utf8");
}

/** The payload of a received push, decrypted and parsed. */
export function openPush(subscriber: TestSubscriber, push: ReceivedPush): { title: string; body: string; url: string; tag: string } {
  if (push.headers["content-encoding"] !== "aes128gcm") throw new Error(`content-encoding ${push.headers["content-encoding"]}`);
  return JSON.parse(decryptPush(subscriber, Buffer.from(push.body, "base64")));
}

/** Checks the push's VAPID header (`vapid t=<JWT>, k=<key>`): signed by `publicKey`, for the push service's origin. */
export async function verifyVapid(push: ReceivedPush, publicKey: string): Promise<{ aud: string; sub: string; exp: number }> {
  const match = /^vapid t=([^,\s]+),\s*k=([A-Za-z0-9_-]+)$/.exec(push.headers.authorization ?? "");
  if (!match) throw new Error(`not a VAPID authorization header: ${push.headers.authorization}`);
  if (match[2] !== publicKey) throw new Error("signed with another VAPID key");
  const point = Buffer.from(publicKey, "base64url");
  const key = await importJWK({ kty: "EC", crv: "P-256", x: point.subarray(1, 33).toString("base64url"), y: point.subarray(33, 65).toString("base64url") }, "ES256");
  const { payload } = await jwtVerify(match[1]!, key, { audience: new URL(pushServiceUrl()).origin });
  return payload as { aud: string; sub: string; exp: number };
}
