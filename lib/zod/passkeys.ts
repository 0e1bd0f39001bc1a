import { z } from "zod";
import { id } from "@/lib/zod/fields";

// What @simplewebauthn/browser's startRegistration / startAuthentication return, checked for shape;
// @simplewebauthn/server verifies the content.

const TRANSPORTS = ["ble", "cable", "hybrid", "internal", "nfc", "smart-card", "usb"] as const;
type Transport = (typeof TRANSPORTS)[number];

const base64url = z.string().max(20_000).regex(/^[A-Za-z0-9_-]*$/, "Not base64url");

const credentialBase = {
  id: base64url.min(1),
  rawId: base64url.min(1),
  type: z.literal("public-key"),
  // None are asked for; credProps is what browsers add unasked.
  clientExtensionResults: z.object({ credProps: z.object({ rk: z.boolean().optional() }).optional() }).default({}),
  authenticatorAttachment: z.enum(["platform", "cross-platform"]).optional(),
};

export const registrationResponseSchema = z.object({
  ...credentialBase,
  response: z.object({
    clientDataJSON: base64url,
    attestationObject: base64url,
    transports: z
      .array(z.string().max(20))
      .max(10)
      .optional()
      .transform((list) => list?.filter((transport): transport is Transport => (TRANSPORTS as readonly string[]).includes(transport))),
    authenticatorData: base64url.optional(),
    publicKey: base64url.optional(),
    publicKeyAlgorithm: z.number().int().optional(),
  }),
});

export const authenticationResponseSchema = z.object({
  ...credentialBase,
  response: z.object({
    clientDataJSON: base64url,
    authenticatorData: base64url,
    signature: base64url,
    userHandle: base64url.optional(),
  }),
});

export const passkeyName = z.string({ error: "Name the passkey" }).trim().min(1, "Name the passkey").max(50, "Use at most 50 characters");

export const addPasskeySchema = z.object({ name: passkeyName, response: registrationResponseSchema });
export const removePasskeySchema = z.object({ passkeyId: id });
export const passkeySignInSchema = z.object({ response: authenticationResponseSchema, callbackUrl: z.string().max(2048).optional() });
