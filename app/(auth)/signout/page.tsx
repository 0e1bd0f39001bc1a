import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { LogOut } from "lucide-react";
import { AuthCard, authLinkClasses } from "@/components/auth/auth-card";
import { SignOutForm } from "@/components/auth/sign-out-form";
import { getCurrentUser } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Sign out" };

// Where a GET of Auth.js's sign-out URL (/api/auth/signout) lands (pages.signOut in
// lib/auth/config.ts): signing out is a POST, so a link or a prefetch never signs anyone out.
export default async function SignOutPage() {
  const user = await getCurrentUser();
  if (!user) redirect("/signin?signedOut=1");
  return (
    <AuthCard
      icon={LogOut}
      title="Sign out of Chatsphere?"
      description={
        <>
          You are signed in as <span className="font-medium text-foreground">{user.fullName}</span> (@{user.username}). Your other devices stay
          signed in.
        </>
      }
      footer={
        <Link href="/home" className={authLinkClasses}>
          Stay signed in
        </Link>
      }
    >
      <SignOutForm />
    </AuthCard>
  );
}
