import type { Metadata } from "next";
import Link from "next/link";
import { MailCheck } from "lucide-react";
import { AuthCard, authLinkClasses } from "@/components/auth/auth-card";

export const metadata: Metadata = { title: "Check your inbox" };

/** Reset step 2 of 4: the same answer whether or not the address has an account. */
export default function ResetRequestedPage() {
  return (
    <AuthCard
      icon={MailCheck}
      title="Check your inbox"
      description="If an account exists for that address, we have sent it a link to reset the password. The link works once, for 1 hour."
      footer={
        <Link href="/signin" className={authLinkClasses}>
          Back to sign in
        </Link>
      }
    >
      <p className="text-sm text-muted">
        Nothing after a few minutes? Check your spam folder, or{" "}
        <Link href="/password/reset" className={authLinkClasses}>
          try again
        </Link>{" "}
        with the address you signed up with.
      </p>
    </AuthCard>
  );
}
