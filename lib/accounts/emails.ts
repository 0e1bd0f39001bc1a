import "server-only";
import { createElement } from "react";
import { sendEmail } from "@/lib/email/send";
import { EmailChangedEmail } from "@/lib/email/templates/email-changed";
import { PasswordChangedEmail } from "@/lib/email/templates/password-changed";
import { ResetPasswordEmail } from "@/lib/email/templates/reset-password";
import { SignUpAttemptEmail } from "@/lib/email/templates/sign-up-attempt";
import { VerifyEmail } from "@/lib/email/templates/verify-email";
import { env } from "@/lib/env";

// The account emails. Links are absolute, on APP_URL.

type Recipient = { email: string; fullName: string };

const link = (path: string) => new URL(path, env().APP_URL).toString();

export const verificationLink = (token: string) => link(`/verify-email/${token}`);
export const resetLink = (token: string) => link(`/password/reset/${token}`);

/** To `to` (the account's address, or the new one being confirmed). */
export function sendVerificationEmail(user: Recipient, token: string, to = user.email) {
  const newAddress = to !== user.email;
  return sendEmail({
    to,
    subject: newAddress ? "Confirm your new email address" : "Verify your email address",
    body: createElement(VerifyEmail, { name: user.fullName, url: verificationLink(token), newAddress }),
  });
}

export function sendPasswordResetEmail(user: Recipient, token: string) {
  return sendEmail({
    to: user.email,
    subject: "Reset your Chatsphere password",
    body: createElement(ResetPasswordEmail, { name: user.fullName, url: resetLink(token) }),
  });
}

export function sendPasswordChangedNotice(user: Recipient) {
  return sendEmail({
    to: user.email,
    subject: "Your Chatsphere password was changed",
    body: createElement(PasswordChangedEmail, { name: user.fullName, resetUrl: link("/password/reset") }),
  });
}

/** To an account's owner when someone signs up with its address (the sign-up answer doesn't tell). */
export function sendSignUpAttemptNotice(user: Recipient) {
  return sendEmail({
    to: user.email,
    subject: "Someone tried to create an account with your address",
    body: createElement(SignUpAttemptEmail, { name: user.fullName, signInUrl: link("/signin"), resetUrl: link("/password/reset") }),
  });
}

export function sendEmailChangedNotice(user: Recipient, oldEmail: string) {
  return sendEmail({
    to: oldEmail,
    subject: "Your Chatsphere email address was changed",
    body: createElement(EmailChangedEmail, { name: user.fullName, newEmail: user.email }),
  });
}
