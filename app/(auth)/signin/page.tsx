import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { AuthCard, authLinkClasses } from "@/components/auth/auth-card";
import { SignInForm } from "@/components/auth/sign-in-form";
import { Banner } from "@/components/ui/banner";
import { safeCallbackUrl } from "@/lib/auth/callback-url";
import { getCurrentUser } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Sign in" };

// Where the person just came from (a redirect after sign-out, deletion…), said in one line.
const notices = {
  signedOut: "You are signed out.",
  deleted: "Your account has been deleted. Thank you for having been part of Chatsphere.",
  signedUp: "Your account is ready: sign in to continue.",
} as const;

export default async function SignInPage({ searchParams }: PageProps<"/signin">) {
  const params = await searchParams;
  const returnTo = safeCallbackUrl(typeof params.callbackUrl === "string" ? params.callbackUrl : undefined);
  if (await getCurrentUser()) redirect(returnTo);
  const notice = (Object.keys(notices) as (keyof typeof notices)[]).find((key) => params[key] === "1");
  return (
    <AuthCard
      title="Welcome back"
      description="Sign in with your email and password."
      footer={
        <>
          New here?{" "}
          <Link href="/signup" className={authLinkClasses}>
            Create an account
          </Link>
        </>
      }
    >
      {notice && <Banner className="mb-4 rounded-lg">{notices[notice]}</Banner>}
      <SignInForm callbackUrl={returnTo} />
    </AuthCard>
  );
}
