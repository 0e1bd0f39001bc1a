import "server-only";
import { Text } from "@react-email/components";
import { EmailLayout, paragraph, small } from "@/lib/email/templates/email-layout";

/** Sent to the old address once a new one is confirmed. */
export function EmailChangedEmail({ name, newEmail }: { name: string; newEmail: string }) {
  return (
    <EmailLayout preview="Your Chatsphere email address was changed">
      <Text style={paragraph}>Hi {name},</Text>
      <Text style={paragraph}>
        Your Chatsphere account now uses {newEmail}. Sign-in, password resets and notices go to that address from now on.
      </Text>
      <Text style={small}>If you didn&apos;t make this change, contact the Chatsphere administrators right away so that they can help you recover your account.</Text>
    </EmailLayout>
  );
}
