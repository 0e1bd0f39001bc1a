import { z } from "zod";
import { errorStatus, type ErrorCode } from "@/lib/errors";
import { avatarUrlSchema, updateProfileSchema } from "@/lib/zod/accounts";
import { currentPassword, email } from "@/lib/zod/fields";

// Schemas of the JSON API (/api/v1) that are not shared with the web forms. Schemas with an
// `id` become named components of the OpenAPI document.

export const apiErrorSchema = z
  .object({
    error: z.object({
      code: z.enum(Object.keys(errorStatus) as [ErrorCode, ...ErrorCode[]]),
      message: z.string().describe("A sentence for the person using the client."),
      fields: z.record(z.string(), z.string()).optional().describe("Per-field messages for validation errors, keyed by field path."),
      retryAfterSeconds: z.number().int().optional().describe("With rate_limited: when to try again (also sent as Retry-After)."),
    }),
  })
  .meta({ id: "Error" });

export const tokenRequestSchema = z.object({
  email,
  password: currentPassword,
  twoFactorCode: z.string().max(20).optional().describe("With two-factor authentication on: the 6-digit code from the authenticator app."),
  recoveryCode: z.string().max(40).optional().describe("With two-factor authentication on, instead of twoFactorCode: an unused recovery code (it is then used up)."),
});

export const refreshTokenSchema = z.object({
  refresh: z.string({ error: "Send the refresh token" }).min(1, "Send the refresh token").max(200).describe("A refresh token from /auth/token or /auth/refresh."),
});

export const tokenPairSchema = z
  .object({
    access: z.string().describe("Send as Authorization: Bearer <access>."),
    refresh: z.string().describe("Single use: trade it for a new pair at /auth/refresh before it expires."),
    expiresIn: z.number().int().describe("Seconds until the access token expires."),
    refreshExpiresIn: z.number().int().describe("Seconds until the refresh token expires."),
  })
  .meta({ id: "TokenPair" });

export const timestamp = z.iso.datetime({ offset: true });

export const meSchema = z
  .object({
    id: z.string(),
    email: z.string(),
    username: z.string(),
    fullName: z.string(),
    image: z.string().nullable().describe("Avatar URL (absolute, or relative to this server), or null for initials."),
    role: z.enum(["USER", "ADMIN"]),
    emailVerified: z.boolean().describe("Posting, joining and creating need a verified email address."),
    createdAt: timestamp,
  })
  .meta({ id: "Me" });

/** Any of the profile's fields; absent ones stay as they are. */
export const updateMeSchema = updateProfileSchema.partial().extend({
  image: avatarUrlSchema.shape.url.nullable().optional().describe("An https:// image address as your avatar, or null for your initials."),
});

/** A page of a longer list: pass nextCursor back as `cursor` for the next one. */
export function cursorPage<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    nextCursor: z.string().nullable().describe("Pass as `cursor` to get the next page; null on the last page."),
  });
}

/** A whole (bounded) list. */
export function list<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item) });
}
