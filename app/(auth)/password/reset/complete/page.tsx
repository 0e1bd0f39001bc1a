import type { Metadata } from "next";
import Link from "next/link";
import { CircleCheck } from "lucide-react";
import { AuthCard } from "@/components/auth/auth-card";
import { Button } from "@/components/ui/button";

export const metadata: Metadata = { title: "Password changed" };

/** Reset step 4 of 4. */
export default function ResetCompletePage() {
  return (
    <AuthCard
      icon={CircleCheck}
      tone="success"
      title="Your password has been changed"
      description="For your safety, every device that was signed in to your account has been signed out. Sign in with your new password."
    >
      <Button asChild className="w-full">
        <Link href="/signin">Sign in</Link>
      </Button>
    </AuthCard>
  );
}
