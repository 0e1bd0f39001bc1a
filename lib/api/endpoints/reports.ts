import "server-only";
import { z } from "zod";
import { suspendUsers } from "@/lib/admin/users/suspend-users";
import { endpoint } from "@/lib/api/endpoint";
import { openReports, type OpenReport, type ReportScope } from "@/lib/reports/queue";
import { reportMessage } from "@/lib/reports/report-message";
import { resolveReport } from "@/lib/reports/resolve-report";
import type { Actor } from "@/lib/access/conversation";
import { list } from "@/lib/zod/api";
import { serverParams } from "@/lib/zod/api-communities";
import { REPORT_ACTIONS, REPORT_REASONS, reportMessageSchema, resolveReportSchema } from "@/lib/zod/reports";

const reportSchema = z
  .object({
    id: z.string(),
    reason: z.enum(Object.keys(REPORT_REASONS) as [string, ...string[]]),
    details: z.string(),
    createdAt: z.string(),
    reporter: z.object({ username: z.string(), fullName: z.string() }),
    message: z.object({
      id: z.string(),
      body: z.string(),
      createdAt: z.string(),
      deletedAt: z.string().nullable(),
      author: z.object({ id: z.string(), username: z.string(), fullName: z.string() }).nullable(),
    }),
    place: z.object({ kind: z.enum(["channel", "thread"]), serverSlug: z.string().optional(), serverName: z.string().optional(), channelSlug: z.string().optional(), channelName: z.string().optional() }),
  })
  .meta({ id: "Report", description: "An open report: the reported message and where it is, nothing else of its conversation." });

const toJson = ({ createdAt, message, ...report }: OpenReport) => ({
  ...report,
  createdAt: createdAt.toISOString(),
  message: { ...message, createdAt: message.createdAt.toISOString(), deletedAt: message.deletedAt?.toISOString() ?? null },
});
const queue = async (user: Actor, scope: ReportScope) => ({ items: (await openReports(user, scope)).map(toJson) });

export const reportMessageEndpoint = endpoint(
  {
    id: "reportMessage",
    method: "POST",
    path: "/messages/{messageId}/report",
    tag: "Safety",
    summary: "Report a message you can read",
    description: "A channel's go to its server's owner and moderators and to platform admins; a direct thread's to platform admins, who see that message and nothing else of the thread. Once per message; you are emailed the outcome.",
    auth: "user",
    params: reportMessageSchema.pick({ messageId: true }),
    body: reportMessageSchema.omit({ messageId: true }),
    response: z.object({ id: z.string(), status: z.string(), createdAt: z.string() }).meta({ id: "ReportReceipt" }),
    status: 201,
    errors: ["conflict", "not_found", "rate_limited"],
  },
  ({ user, params, body }) => reportMessage(user, { ...params, ...body }),
);

export const listServerReports = endpoint(
  { id: "listServerReports", method: "GET", path: "/servers/{serverId}/reports", tag: "Moderation", summary: "A server's open reports, newest first (owner and moderators)", auth: "user", params: serverParams, response: list(reportSchema), errors: ["forbidden", "not_found"] },
  ({ user, params }) => queue(user, { serverId: params.serverId }),
);

export const listReports = endpoint(
  { id: "listReports", method: "GET", path: "/reports", tag: "Moderation", summary: "Every open report, newest first (platform admins)", auth: "user", response: list(reportSchema), errors: ["not_found"] },
  ({ user }) => queue(user, { platform: true }),
);

export const resolveReportEndpoint = endpoint(
  {
    id: "resolveReport",
    method: "POST",
    path: "/reports/{reportId}/resolve",
    tag: "Moderation",
    summary: "Act on a report",
    description: `One of: ${Object.entries(REPORT_ACTIONS).map(([key, label]) => `\`${key}\` (${label.toLowerCase()})`).join(", ")}. Time-outs and bans are for channel reports; suspension is for platform admins. Every open report of the message closes, and each reporter is emailed the outcome.`,
    auth: "user",
    params: resolveReportSchema.pick({ reportId: true }),
    body: resolveReportSchema.pick({ action: true }),
    response: z.object({ messageId: z.string(), action: z.string(), outcome: z.string(), reportsClosed: z.number().int() }).meta({ id: "ReportResolution" }),
    errors: ["conflict", "forbidden", "not_found"],
  },
  ({ user, params, body }) => resolveReport(user, { ...params, ...body }, { suspend: (userId) => suspendUsers(user, [userId]) }),
);
