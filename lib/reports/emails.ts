import "server-only";
import { createElement } from "react";
import { sendEmail } from "@/lib/email/send";
import { ReportOutcomeEmail, ReportWarningEmail } from "@/lib/email/templates/report-outcome";

type Recipient = { email: string; fullName: string };

const excerptOf = (body: string) => (body.length > 200 ? `${body.slice(0, 200)}…` : body) || "(deleted)";

export function sendReportOutcome(reporter: Recipient, body: string, outcome: string) {
  return sendEmail({
    to: reporter.email,
    subject: "Your report was reviewed",
    body: createElement(ReportOutcomeEmail, { name: reporter.fullName, excerpt: excerptOf(body), outcome }),
  });
}

export function sendReportWarning(author: Recipient, body: string, place: string) {
  return sendEmail({
    to: author.email,
    subject: "A warning about one of your messages",
    body: createElement(ReportWarningEmail, { name: author.fullName, excerpt: excerptOf(body), place }),
  });
}
