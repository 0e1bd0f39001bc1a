import type { Metadata } from "next";
import Link from "next/link";
import { CircleCheck, Link2Off, MailCheck, MailWarning } from "lucide-react";
import { AuthCard, authLinkClasses } from "@/components/auth/auth-card";
import { RequestVerificationForm } from "@/components/auth/request-verification-form";
import { ResendVerificationButton } from "@/components/auth/resend-verification-button";
import { Button } from "@/components/ui/button";
import { getCurrentUser, type CurrentUser } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Verify your email" };

// Where a verification link lands (/verify-email/<token> redirects here with ?status=…), and
// where a signed-out person can ask for a new link.
const problems = {
  expired: { title: "This link has expired", text: "Verification links work for 24 hours. Ask for a new one below." },
  used: { title: "This link has already been used", text: "Each link works once. If your address still isn't verified, ask for a new link." },
  invalid: { title: "This link isn't valid", text: "It may be incomplete, or a newer link replaced it. Ask for a new one below." },
  "email-taken": {
    title: "That address is taken",
    text: "Another account started using this email address before you confirmed it. Choose another address in your settings.",
  },
} as const;

export default async function VerifyEmailPage({ searchParams }: PageProps<"/verify-email">) {
  const { status } = await searchParams;
  const user = await getCurrentUser();

  if (status === "verified" || status === "already-verified") {
    return (
      <AuthCard
        icon={CircleCheck}
        tone="success"
        title={status === "verified" ? "Your email address is verified" : "Your email address is already verified"}
        description="You can post messages, join communities and start conversations."
      >
        <Button asChild className="w-full">
          <Link href={user ? "/home" : "/signin"}>{user ? "Continue to Chatsphere" : "Sign in"}</Link>
        </Button>
      </AuthCard>
    );
  }

  const problem = typeof status === "string" && status in problems ? problems[status as keyof typeof problems] : null;
  if (problem && status === "email-taken") {
    return (
      <AuthCard icon={MailWarning} tone="danger" title={problem.title} description={problem.text}>
        <Button asChild className="w-full">
          <Link href="/settings#email">Open settings</Link>
        </Button>
      </AuthCard>
    );
  }

  return (
    <AuthCard
      icon={problem ? Link2Off : MailCheck}
      tone={problem ? "danger" : "accent"}
      title={problem?.title ?? "Verify your email address"}
      description={problem?.text ?? "We send a link when you sign up. Didn't get it, or did it expire? Ask for a new one."}
      footer={
        <Link href={user ? "/home" : "/signin"} className={authLinkClasses}>
          {user ? "Back to Chatsphere" : "Back to sign in"}
        </Link>
      }
    >
      <NewLink user={user} />
    </AuthCard>
  );
}

function NewLink({ user }: { user: CurrentUser | null }) {
  if (user?.emailVerifiedAt) return <p className="text-sm">Your address {user.email} is verified: there is nothing more to do.</p>;
  if (user) return <ResendVerificationButton className="w-full" />;
  return <RequestVerificationForm />;
}
