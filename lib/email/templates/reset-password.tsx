import "server-only";
import { Button, Link, Text } from "@react-email/components";
import { button, EmailLayout, paragraph, small } from "@/lib/email/templates/email-layout";

export function ResetPasswordEmail({ name, url }: { name: string; url: string }) {
  return (
    <EmailLayout preview="Reset your Chatsphere password">
      <Text style={paragraph}>Hi {name},</Text>
      <Text style={paragraph}>Someone asked to reset the password of your Chatsphere account. If it was you, choose a new one:</Text>
      <Button href={url} style={button}>
        Choose a new password
      </Button>
      <Text style={small}>
        The link works once and expires in 1 hour. If the button does not work, open: <Link href={url}>{url}</Link>
      </Text>
      <Text style={small}>If you did not ask for this, ignore this email: your password stays as it is.</Text>
    </EmailLayout>
  );
}
