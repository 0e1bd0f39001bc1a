import { ResendVerificationButton } from "@/components/auth/resend-verification-button";
import { Banner } from "@/components/ui/banner";
import { verifyFirst } from "@/lib/access/verified";

/** Shown across the signed-in app until the address is verified: what is blocked, and the way out. */
export function VerifyEmailBanner({ email }: { email: string }) {
  return (
    <Banner tone="warning" action={<ResendVerificationButton size="sm" variant="secondary" />}>
      {verifyFirst("post and join communities")} It went to <span className="font-medium">{email}</span>.
    </Banner>
  );
}
