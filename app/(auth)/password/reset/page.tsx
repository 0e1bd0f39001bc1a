import type { Metadata } from "next";
import Link from "next/link";
import { KeyRound } from "lucide-react";
import { AuthCard, authLinkClasses } from "@/components/auth/auth-card";
import { EmailRequestForm } from "@/components/auth/email-request-form";
import { requestPasswordResetAction } from "@/lib/actions/auth/request-password-reset";

export const metadata: Metadata = { title: "Reset your password" };

/** Reset step 1 of 4: the address to send the link to. */
export default function RequestPasswordResetPage() {
  return (
    <AuthCard
      icon={KeyRound}
      title="Reset your password"
      description="Enter the email address of your account and we will send you a link to choose a new password."
      footer={
        <>
          Remembered it?{" "}
          <Link href="/signin" className={authLinkClasses}>
            Sign in
          </Link>
        </>
      }
    >
      <EmailRequestForm action={requestPasswordResetAction} submitLabel="Email me a reset link" />
    </AuthCard>
  );
}
