import "server-only";
import { z } from "zod";
import { endpoint } from "@/lib/api/endpoint";
import { requestPasswordReset, resetPassword } from "@/lib/accounts/password-reset";
import { signUp } from "@/lib/accounts/sign-up";
import { requestVerificationEmail, resendVerification, verifyEmail } from "@/lib/accounts/verification";
import { AppError } from "@/lib/errors";
import { clientIp } from "@/lib/http";
import { emailRequestSchema, resetPasswordSchema, signUpSchema } from "@/lib/zod/accounts";

// Account steps for frontends that live on the API alone: what the sign-up, verification and
// password-reset pages do. Emailed links end with their token (…/verify-email/<token>,
// …/password/reset/<token>): a frontend of its own takes it from the link and sends it here.

const tag = "Accounts";

const tokenSchema = z.object({ token: z.string().min(1, "The link's token is missing").max(200) });
const verifiedSchema = z.object({ email: z.string(), alreadyVerified: z.boolean() }).meta({ id: "EmailVerified" });

const VERIFY_PROBLEMS = {
  expired: "This verification link has expired. Ask for a new one.",
  used: "This verification link has already been used.",
  invalid: "This verification link isn't valid. It may be incomplete, or a newer link replaced it.",
  "email-taken": "Another account took this email address meanwhile.",
} as const;

export const signUpEndpoint = endpoint(
  {
    id: "signUp",
    method: "POST",
    path: "/auth/sign-up",
    tag,
    summary: "Create an account; its verification link is emailed",
    description:
      "Answers 204 whether or not the email already has an account (its owner is emailed instead), so sign-up never tells who is registered. A taken username is refused with `fields.username`. The new account can sign in at once (`/auth/token`) and read; posting waits for the verified address.",
    auth: "none",
    body: signUpSchema,
    errors: ["conflict", "rate_limited"],
  },
  ({ body, request }) => signUp(body, { ip: clientIp(request.headers) }),
);

export const verifyEmailEndpoint = endpoint(
  {
    id: "verifyEmail",
    method: "POST",
    path: "/auth/verify-email",
    tag,
    summary: "Use an emailed verification link's token",
    description: "Verifies the address the link was sent to (also a changed address). Using a link twice answers `alreadyVerified: true`; an expired, used or unknown token answers 400.",
    auth: "none",
    body: tokenSchema,
    response: verifiedSchema,
  },
  async ({ body }) => {
    const outcome = await verifyEmail(body.token);
    if (outcome.status === "verified" || outcome.status === "already-verified") {
      return { email: outcome.email, alreadyVerified: outcome.status === "already-verified" };
    }
    throw new AppError("validation", VERIFY_PROBLEMS[outcome.status], { token: VERIFY_PROBLEMS[outcome.status] });
  },
);

export const requestVerificationEmailEndpoint = endpoint(
  {
    id: "requestVerificationEmail",
    method: "POST",
    path: "/auth/verification-email",
    tag,
    summary: "Email a new verification link to an address (signed out)",
    description: "Answers 204 whether or not an unverified account has this address; links are limited per inbox.",
    auth: "none",
    body: emailRequestSchema,
    errors: ["rate_limited"],
  },
  ({ body, request }) => requestVerificationEmail(body.email, { ip: clientIp(request.headers) }),
);

export const resendVerificationEndpoint = endpoint(
  {
    id: "resendVerificationEmail",
    method: "POST",
    path: "/me/verification-email",
    tag,
    summary: "Email me a new verification link",
    description: "409 when the address is already verified.",
    auth: "user",
    response: z.object({ email: z.string() }),
    errors: ["conflict", "rate_limited"],
  },
  ({ user }) => resendVerification(user),
);

export const requestPasswordResetEndpoint = endpoint(
  {
    id: "requestPasswordReset",
    method: "POST",
    path: "/auth/password-reset",
    tag,
    summary: "Email a password reset link",
    description: "Answers 204 the same way, in the same time, whether or not an account has this address. The link works for 1 hour, once.",
    auth: "none",
    body: emailRequestSchema,
    errors: ["rate_limited"],
  },
  ({ body, request }) => requestPasswordReset(body.email, { ip: clientIp(request.headers) }),
);

export const resetPasswordEndpoint = endpoint(
  {
    id: "resetPassword",
    method: "POST",
    path: "/auth/password-reset/confirm",
    tag,
    summary: "Set a new password with a reset link's token",
    description:
      "Signs the account out everywhere (browser sessions and every refresh token) and counts as proof of the address. An expired, used or unknown token answers 400.",
    auth: "none",
    body: resetPasswordSchema,
  },
  async ({ body }) => {
    await resetPassword(body);
  },
);
