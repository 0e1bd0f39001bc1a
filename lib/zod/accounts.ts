import { z } from "zod";
import { MAX_IMAGE_BYTES } from "@/lib/uploads/limits";
import { currentPassword, email, fullName, newPassword, username } from "@/lib/zod/fields";

// Account forms: sign-up, verification, password reset, settings. The same schemas give the
// browser instant feedback and the server its validation.

/** The tab's realtime connection, left out when the others are told their session ended. */
const socketId = z.string().max(100).optional();

const confirmation = z.string({ error: "Type the password again" }).min(1, "Type the password again").max(200);

/** Adds "the two passwords match" to an object schema; it runs even when other fields are wrong. */
function withConfirmation<S extends z.ZodObject<{ confirmPassword: typeof confirmation }>>(schema: S, passwordKey: keyof z.output<S> & string) {
  return schema.refine((value) => value[passwordKey] === value.confirmPassword, {
    message: "The passwords don't match",
    path: ["confirmPassword"],
    when: ({ value }) => {
      const fields = value as Record<string, unknown>;
      return typeof fields[passwordKey] === "string" && typeof fields.confirmPassword === "string";
    },
  });
}

export const signUpSchema = withConfirmation(
  z.object({ fullName, email, username, password: newPassword, confirmPassword: confirmation }),
  "password",
);
export type SignUpInput = z.output<typeof signUpSchema>;

/** Asking for a verification or reset email by address (signed out). */
export const emailRequestSchema = z.object({ email });

export const resetPasswordSchema = withConfirmation(
  z.object({ token: z.string().max(200), password: newPassword, confirmPassword: confirmation }),
  "password",
);

export const updateProfileSchema = z.object({ fullName, username });
export type UpdateProfileInput = z.output<typeof updateProfileSchema>;

export const avatarUrlSchema = z.object({
  url: z
    .string()
    .trim()
    .max(2048, "That address is too long")
    .pipe(z.url({ protocol: /^https$/, error: "Enter an https:// address of an image" })),
});

export const avatarUploadSchema = z.object({
  avatar: z
    .instanceof(File, { error: "Choose an image file" })
    .refine((file) => file.size > 0, "Choose an image file")
    .refine((file) => file.size <= MAX_IMAGE_BYTES, "Images can be at most 2 MB"),
});

export const changePasswordSchema = withConfirmation(
  z.object({ currentPassword, newPassword, confirmPassword: confirmation, socketId }),
  "newPassword",
).refine((value) => value.newPassword !== value.currentPassword, {
  message: "Choose a password different from your current one",
  path: ["newPassword"],
});

export const changeEmailSchema = z.object({ email, currentPassword });

export const DELETE_CONFIRMATION = "delete my account";

export const deleteAccountSchema = z.object({
  password: currentPassword,
  socketId,
  confirmation: z
    .string()
    .trim()
    .refine((value) => value.toLowerCase() === DELETE_CONFIRMATION, `Type "${DELETE_CONFIRMATION}" to confirm`),
});
