import { z } from "zod";
import { id } from "@/lib/zod/fields";

/** Why a message is reported, with the words the report form shows. */
export const REPORT_REASONS = {
  SPAM: "Spam or a scam",
  HARASSMENT: "Harassment or bullying",
  HATE: "Hate speech",
  SEXUAL: "Sexual content",
  VIOLENCE: "Violence or threats",
  OTHER: "Something else",
} as const;
export type ReportReason = keyof typeof REPORT_REASONS;

export const REPORT_DETAILS_MAX = 500;

export const reportMessageSchema = z.object({
  messageId: id,
  reason: z.enum(Object.keys(REPORT_REASONS) as [ReportReason, ...ReportReason[]], { error: "Choose a reason" }),
  details: z.string({ error: "Details must be text" }).trim().max(REPORT_DETAILS_MAX, { error: `Keep it under ${REPORT_DETAILS_MAX} characters` }).default(""),
});
export type ReportMessageInput = z.infer<typeof reportMessageSchema>;

/** What staff can do about a report; time-outs and bans are for server channels, suspension for platform admins. */
export const REPORT_ACTIONS = {
  dismiss: "Dismiss",
  warn: "Warn the author",
  delete: "Delete the message",
  timeout: "Time the author out for a day",
  ban: "Ban the author from the server",
  suspend: "Suspend the author's account",
} as const;
export type ReportAction = keyof typeof REPORT_ACTIONS;

export const resolveReportSchema = z.object({
  reportId: id,
  action: z.enum(Object.keys(REPORT_ACTIONS) as [ReportAction, ...ReportAction[]], { error: "Choose what to do" }),
});
export type ResolveReportInput = z.infer<typeof resolveReportSchema>;
