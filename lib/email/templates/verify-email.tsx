import { Button, Link, Text } from "@react-email/components";
import { button, EmailLayout, paragraph } from "@/lib/email/templates/email-layout";

export function VerifyEmail({ name, url }: { name: string; url: string }) {
  return (
    <EmailLayout preview="Confirm your email address for Chatsphere">
      <Text style={paragraph}>Hi {name},</Text>
      <Text style={paragraph}>Confirm your email address to start posting and joining communities on Chatsphere.</Text>
      <Button href={url} style={button}>
        Verify my email
      </Button>
      <Text style={{ ...paragraph, fontSize: 13, color: "#6b7280" }}>
        The link works once and expires in 24 hours. If the button does not work, open: <Link href={url}>{url}</Link>
      </Text>
    </EmailLayout>
  );
}
