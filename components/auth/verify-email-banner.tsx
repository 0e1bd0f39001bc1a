import { ResendVerificationButton } from "@/components/auth/resend-verification-button";
import { Banner } from "@/components/ui/banner";

/** Shown across the signed-in app until the address is verified: what is blocked, and the way out. */
export function VerifyEmailBanner({ email }: { email: string }) {
  return (
    <Banner tone="warning" action={<ResendVerificationButton size="sm" variant="secondary" />}>
      <strong className="font-semibold">Verify your email address</strong> to post and join communities: open the link we sent to{" "}
      <span className="font-medium">{email}</span>.
    </Banner>
  );
}
