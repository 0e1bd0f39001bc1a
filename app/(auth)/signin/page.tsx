import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { AuthCard, authLinkClasses } from "@/components/auth/auth-card";
import { PasskeySignInButton } from "@/components/auth/passkey-sign-in-button";
import { SignInForm } from "@/components/auth/sign-in-form";
import { Banner } from "@/components/ui/banner";
import { safeCallbackUrl } from "@/lib/auth/callback-url";
import { getCurrentUser, signedOutBySuspension } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Sign in" };

// Where the person just came from (a redirect after sign-out, deletion…), said in one line.
const notices = {
  signedOut: "You are signed out.",
  deleted: "Your account has been deleted. Thank you for having been part of Chatsphere.",
  signedUp: "Check your inbox: we sent you a link to confirm your email address. Sign in to continue.",
  twoFactorExpired: "That sign-in took too long: enter your password again.",
} as const;

export default async function SignInPage({ searchParams }: PageProps<"/signin">) {
  const params = await searchParams;
  const returnTo = safeCallbackUrl(typeof params.callbackUrl === "string" ? params.callbackUrl : undefined);
  if (await getCurrentUser()) redirect(returnTo);
  const notice = (Object.keys(notices) as (keyof typeof notices)[]).find((key) => params[key] === "1");
  const suspended = await signedOutBySuspension();
  return (
    <AuthCard
      title="Welcome back"
      description="Sign in with your email and password, or a passkey."
      footer={
        <>
          New here?{" "}
          <Link href="/signup" className={authLinkClasses}>
            Create an account
          </Link>
        </>
      }
    >
      {suspended ? (
        <Banner tone="warning" className="mb-4 rounded-lg">
          This account was suspended, so you were signed out. Contact the administrators if you think this is a mistake.
        </Banner>
      ) : (
        notice && <Banner className="mb-4 rounded-lg">{notices[notice]}</Banner>
      )}
      <SignInForm callbackUrl={returnTo} />
      <div className="my-4 flex items-center gap-3 text-xs text-muted" aria-hidden>
        <span className="h-px flex-1 bg-border" /> or <span className="h-px flex-1 bg-border" />
      </div>
      <PasskeySignInButton callbackUrl={returnTo} />
    </AuthCard>
  );
}
