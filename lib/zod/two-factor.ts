import { z } from "zod";
import { currentPassword } from "@/lib/zod/fields";

/** The 6 digits an authenticator app shows; spaces are ignored ("123 456"). */
export const totpCode = z
  .string({ error: "Enter the 6-digit code" })
  .transform((value) => value.replace(/\s/g, ""))
  .pipe(z.string().regex(/^\d{6}$/, "Enter the 6-digit code from your authenticator app"));

/** A recovery code as shown ("abcde-fghij"); case, spaces and dashes are ignored. */
export const recoveryCode = z
  .string({ error: "Enter a recovery code" })
  .transform((value) => value.replace(/[\s-]/g, "").toLowerCase())
  .pipe(z.string().regex(/^[a-z2-7]{10}$/, "Enter one of your recovery codes (10 letters and digits)"));

export const confirmTwoFactorSchema = z.object({ code: totpCode });

/** Turning two-factor off and regenerating recovery codes need the password. */
export const twoFactorPasswordSchema = z.object({ currentPassword });

const checkbox = z
  .union([z.boolean(), z.literal("on"), z.literal("true"), z.literal("")])
  .optional()
  .transform((value) => value === true || value === "on" || value === "true");

/** The second sign-in step: a code or a recovery code (the challenge travels in a cookie). */
export const secondStepSchema = z.object({
  code: z.string().max(20).optional(),
  recoveryCode: z.string().max(40).optional(),
  rememberDevice: checkbox,
  callbackUrl: z.string().max(2048).optional(),
});
