"use client";

import { EmailRequestForm } from "@/components/auth/email-request-form";
import { requestVerificationEmailAction } from "@/lib/actions/auth/request-verification-email";

/** A new verification link by address, for someone signed out. */
export function RequestVerificationForm() {
  return (
    <EmailRequestForm
      action={requestVerificationEmailAction}
      submitLabel="Send a new link"
      sent={({ email }) => (
        <>
          If an account with <strong>{email}</strong> is waiting for verification, a new link is on its way. It works for 24 hours.
        </>
      )}
    />
  );
}
