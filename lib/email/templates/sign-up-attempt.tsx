import "server-only";
import { Link, Text } from "@react-email/components";
import { EmailLayout, paragraph, small } from "@/lib/email/templates/email-layout";

/** Someone tried to create an account with an address that already has one (sign-up answers the same either way). */
export function SignUpAttemptEmail({ name, signInUrl, resetUrl }: { name: string; signInUrl: string; resetUrl: string }) {
  return (
    <EmailLayout preview="Someone tried to create an account with your address">
      <Text style={paragraph}>Hi {name},</Text>
      <Text style={paragraph}>
        Someone tried to create a Chatsphere account with your email address. You already have one, so nothing was created.
      </Text>
      <Text style={paragraph}>
        If it was you, sign in instead: <Link href={signInUrl}>{signInUrl}</Link>
      </Text>
      <Text style={small}>
        Forgot your password? Reset it: <Link href={resetUrl}>{resetUrl}</Link>. If it wasn&apos;t you, you can ignore this email.
      </Text>
    </EmailLayout>
  );
}
