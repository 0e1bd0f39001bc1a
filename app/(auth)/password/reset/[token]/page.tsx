import type { Metadata } from "next";
import Link from "next/link";
import { KeyRound, Link2Off } from "lucide-react";
import { AuthCard, authLinkClasses } from "@/components/auth/auth-card";
import { EmailRequestForm } from "@/components/auth/email-request-form";
import { ResetPasswordForm } from "@/components/auth/reset-password-form";
import { RESET_LINK_PROBLEMS } from "@/lib/accounts/password-reset";
import { inspectToken } from "@/lib/accounts/tokens";
import { requestPasswordResetAction } from "@/lib/actions/auth/request-password-reset";

export const metadata: Metadata = { title: "Choose a new password", referrer: "no-referrer" };

/** Reset step 3 of 4: the emailed link. Opening it uses nothing; setting the password uses it. */
export default async function ChooseNewPasswordPage({ params }: PageProps<"/password/reset/[token]">) {
  const { token } = await params;
  const check = await inspectToken(token, "PASSWORD_RESET");
  if (check.status !== "valid") {
    const problem = RESET_LINK_PROBLEMS[check.status];
    return (
      <AuthCard
        icon={Link2Off}
        tone="danger"
        title={problem.title}
        description={`${problem.text} Ask for a new one below: it goes to the address of your account.`}
        footer={
          <Link href="/signin" className={authLinkClasses}>
            Back to sign in
          </Link>
        }
      >
        <EmailRequestForm action={requestPasswordResetAction} submitLabel="Email me a new link" />
      </AuthCard>
    );
  }
  return (
    <AuthCard icon={KeyRound} title="Choose a new password" description="Use at least 10 characters. Every device signed in to your account will be signed out.">
      <ResetPasswordForm token={token} />
    </AuthCard>
  );
}
