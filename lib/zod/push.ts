import { z } from "zod";

// A browser's Web Push subscription (PushSubscription.toJSON()): where to deliver and the keys
// that encrypt each payload for that browser alone (RFC 8291).

const endpoint = z
  .url({ protocol: /^https?$/, error: "Give the subscription's endpoint URL" })
  .max(2048, "That endpoint is too long")
  .describe("The push service URL from the browser's PushSubscription.");

/** base64url of exactly `bytes` bytes (no padding). */
const base64urlBytes = (bytes: number, what: string) =>
  z
    .string({ error: `Give the subscription's ${what} key` })
    .length(Math.ceil((bytes * 4) / 3), `The ${what} key must be ${bytes} bytes, base64url`)
    .regex(/^[A-Za-z0-9_-]+$/, `The ${what} key must be base64url`);

export const pushSubscriptionSchema = z.object({
  endpoint,
  keys: z.object({
    p256dh: base64urlBytes(65, "p256dh").refine((key) => key.startsWith("B"), "The p256dh key must be an uncompressed P-256 point").describe("The browser's P-256 public key (65 bytes, base64url)."),
    auth: base64urlBytes(16, "auth").describe("The browser's auth secret (16 bytes, base64url)."),
  }),
});
export type PushSubscriptionInput = z.output<typeof pushSubscriptionSchema>;

export const pushEndpointSchema = z.object({ endpoint });
export type PushEndpointInput = z.output<typeof pushEndpointSchema>;
