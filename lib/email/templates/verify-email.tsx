import "server-only";
import { Button, Link, Text } from "@react-email/components";
import { button, EmailLayout, paragraph, small } from "@/lib/email/templates/email-layout";

/** The verification link: after sign-up, or for a new address when someone changes theirs. */
export function VerifyEmail({ name, url, newAddress = false }: { name: string; url: string; newAddress?: boolean }) {
  return (
    <EmailLayout preview={newAddress ? "Confirm your new email address for Chatsphere" : "Confirm your email address for Chatsphere"}>
      <Text style={paragraph}>Hi {name},</Text>
      <Text style={paragraph}>
        {newAddress
          ? "Confirm that this is your new email address on Chatsphere. Until you do, your account keeps using the old one."
          : "Confirm your email address to start posting and joining communities on Chatsphere."}
      </Text>
      <Button href={url} style={button}>
        Verify my email
      </Button>
      <Text style={small}>
        The link works once and expires in 24 hours. If the button does not work, open: <Link href={url}>{url}</Link>
      </Text>
    </EmailLayout>
  );
}
