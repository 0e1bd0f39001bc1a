import "server-only";
import { Link, Text } from "@react-email/components";
import { EmailLayout, paragraph, small } from "@/lib/email/templates/email-layout";

/** Notice after a password change or reset: the owner learns of it even if it wasn't them. */
export function PasswordChangedEmail({ name, resetUrl }: { name: string; resetUrl: string }) {
  return (
    <EmailLayout preview="Your Chatsphere password was changed">
      <Text style={paragraph}>Hi {name},</Text>
      <Text style={paragraph}>
        The password of your Chatsphere account was just changed, and your other devices were signed out.
      </Text>
      <Text style={small}>
        If this wasn&apos;t you, reset your password now: <Link href={resetUrl}>{resetUrl}</Link>
      </Text>
    </EmailLayout>
  );
}
