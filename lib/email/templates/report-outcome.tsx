import "server-only";
import { Text } from "@react-email/components";
import { EmailLayout, paragraph, small } from "@/lib/email/templates/email-layout";

/** To someone who reported a message, once it was handled. */
export function ReportOutcomeEmail({ name, excerpt, outcome }: { name: string; excerpt: string; outcome: string }) {
  return (
    <EmailLayout preview="Your report was reviewed">
      <Text style={paragraph}>Hi {name},</Text>
      <Text style={paragraph}>Thank you for your report. It was reviewed: {outcome}</Text>
      <Text style={small}>The message you reported: “{excerpt}”</Text>
    </EmailLayout>
  );
}

/** To the author of a reported message that staff chose to warn them about. */
export function ReportWarningEmail({ name, excerpt, place }: { name: string; excerpt: string; place: string }) {
  return (
    <EmailLayout preview="A warning about one of your messages">
      <Text style={paragraph}>Hi {name},</Text>
      <Text style={paragraph}>
        A message you posted in {place} was reported, and the moderators found it breaks the rules. Please keep to them: next time they may time you out, ban you or
        suspend your account.
      </Text>
      <Text style={small}>The message: “{excerpt}”</Text>
    </EmailLayout>
  );
}
