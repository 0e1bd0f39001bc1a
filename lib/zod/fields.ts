import { z } from "zod";
import { isCommonPassword } from "@/lib/auth/common-passwords";
import { visibleName } from "@/lib/zod/visible-text";

// Building blocks shared by the schemas in lib/zod/*. Messages are written for the person
// filling the form: they appear beside the field.

export const email = z
  .string({ error: "Enter your email address" })
  .trim()
  .toLowerCase()
  .min(1, "Enter your email address")
  .max(254, "That email address is too long")
  .pipe(z.email({ error: "Enter a valid email address" }));

/** A password being checked (sign-in, confirmation): no strength rules, just bounded. */
export const currentPassword = z
  .string({ error: "Enter your password" })
  .min(1, "Enter your password")
  .max(200, "That password is too long");

/** A password being chosen: long enough and not one of the most commonly breached ones. */
export const newPassword = z
  .string({ error: "Choose a password" })
  .min(10, "Use at least 10 characters")
  .max(200, "Use at most 200 characters")
  .refine((value) => !isCommonPassword(value), "This password is too common: it appears in lists of breached passwords");

/** Usernames are case-insensitive: stored lower-case. */
export const username = z
  .string({ error: "Choose a username" })
  .trim()
  .min(3, "Use at least 3 characters")
  .max(30, "Use at most 30 characters")
  .regex(/^[A-Za-z0-9_.]+$/, "Use only letters, digits, _ and .")
  .transform((value) => value.toLowerCase());

export const fullName = visibleName(
  z.string({ error: "Enter your name" }).trim().min(1, "Enter your name").max(80, "Use at most 80 characters"),
);

/** An opaque id from the client (cuid). Never trusted to imply access: callers check rights. */
export const id = z.string({ error: "Missing id" }).trim().min(1).max(64).regex(/^[a-z0-9]+$/i, "Invalid id");

/** A checkbox: FormData sends "on" (or nothing); JSON a boolean. */
export const flag = z.preprocess((value) => (value === "on" || value === "true" ? true : value === "" || value === "false" ? false : value), z.boolean({ error: "Choose yes or no" }));

/** FormData sends one value as a string and several as an array. */
export function asArray(value: unknown) {
  return typeof value === "string" ? [value] : value;
}
