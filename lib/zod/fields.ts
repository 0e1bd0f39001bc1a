import { z } from "zod";

// Building blocks shared by the schemas in lib/zod/*. Messages are written for the person
// filling the form: they appear beside the field.

export const email = z
  .string({ error: "Enter your email address" })
  .trim()
  .toLowerCase()
  .max(254, "That email address is too long")
  .pipe(z.email({ error: "Enter a valid email address" }));

/** A password being checked (sign-in, confirmation): no strength rules, just bounded. */
export const currentPassword = z
  .string({ error: "Enter your password" })
  .min(1, "Enter your password")
  .max(200, "That password is too long");

/** An opaque id from the client (cuid). Never trusted to imply access: callers check rights. */
export const id = z.string({ error: "Missing id" }).trim().min(1).max(64).regex(/^[a-z0-9]+$/i, "Invalid id");
