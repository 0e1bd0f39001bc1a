import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { ShieldCheck } from "lucide-react";
import { AuthCard, authLinkClasses } from "@/components/auth/auth-card";
import { SecondStepForm } from "@/components/auth/second-step-form";
import { readChallenge } from "@/lib/accounts/sign-in-challenge";
import { safeCallbackUrl } from "@/lib/auth/callback-url";
import { pendingChallenge } from "@/lib/auth/second-step-cookies";
import { getCurrentUser } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Two-factor authentication" };

export default async function SecondStepPage({ searchParams }: PageProps<"/signin/two-factor">) {
  const params = await searchParams;
  const returnTo = safeCallbackUrl(typeof params.callbackUrl === "string" ? params.callbackUrl : undefined);
  if (await getCurrentUser()) redirect(returnTo);
  if (!(await readChallenge(await pendingChallenge()))) redirect(`/signin?twoFactorExpired=1&callbackUrl=${encodeURIComponent(returnTo)}`);
  return (
    <AuthCard
      icon={ShieldCheck}
      title="Two-factor authentication"
      description="Enter the 6-digit code from your authenticator app."
      footer={
        <Link href="/signin" className={authLinkClasses}>
          Back to sign in
        </Link>
      }
    >
      <SecondStepForm callbackUrl={returnTo} />
    </AuthCard>
  );
}
