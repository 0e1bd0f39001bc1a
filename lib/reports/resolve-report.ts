import "server-only";
import { can, requireServer, type Actor } from "@/lib/access/server";
import { recordAudit, type AuditActor } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { AppError, forbidden, notFound } from "@/lib/errors";
import { banMember } from "@/lib/members/ban-member";
import { eraseMessage } from "@/lib/messages/delete-message";
import { timeOutMember } from "@/lib/moderation/time-out-member";
import { sendReportOutcome, sendReportWarning } from "@/lib/reports/emails";
import type { ResolveReportInput } from "@/lib/zod/reports";

/** What each action tells the reporter. */
const outcomes = {
  dismiss: "no rule was broken, so nothing was done.",
  warn: "the author was warned.",
  delete: "the message was deleted.",
  timeout: "the author was timed out for a day.",
  ban: "the author was banned from the server.",
  suspend: "the author's account was suspended.",
} as const;

/**
 * Acts on a report: a channel's by its server's staff or a platform admin, a direct thread's by a
 * platform admin (the report is their only window on that thread: its message alone). Every open
 * report of the message closes with the outcome, each reporter is told, and the audit log keeps it.
 * `suspend` is the admin area's account suspension, handed in by the caller (it sits above services).
 */
export async function resolveReport(actor: Actor & AuditActor, input: ResolveReportInput, { suspend }: { suspend: (userId: string) => Promise<unknown> }) {
  const report = await db.report.findUnique({
    where: { id: input.reportId },
    select: {
      status: true,
      serverId: true,
      message: {
        select: {
          id: true,
          conversationId: true,
          seq: true,
          body: true,
          deletedAt: true,
          author: { select: { id: true, username: true, email: true, fullName: true } },
          conversation: { select: { channel: { select: { name: true, server: { select: { name: true } } } } } },
        },
      },
    },
  });
  const admin = actor.role === "ADMIN";
  if (!report || (!report.serverId && !admin)) throw notFound("Report");
  if (report.serverId && !admin) await requireServer(actor, report.serverId, can.moderate, "Only the owner and moderators handle this server's reports.");
  if (report.status !== "OPEN") throw new AppError("conflict", "This report was already handled.");
  const { message } = report;
  const author = message.author;
  const channel = message.conversation.channel;
  const place = channel ? `#${channel.name} (${channel.server.name})` : "a direct thread";

  if (input.action !== "dismiss" && input.action !== "delete" && !author) throw new AppError("conflict", "The author's account no longer exists.");
  if ((input.action === "timeout" || input.action === "ban") && !report.serverId) throw new AppError("conflict", "Time-outs and bans are for server channels.");
  if (input.action === "suspend" && !admin) throw forbidden("Only platform admins suspend accounts.");
  const target = { serverId: report.serverId!, userId: author?.id ?? "" };
  if (input.action === "warn") await sendReportWarning(author!, message.body, place);
  if (input.action === "delete" && !message.deletedAt) await eraseMessage(message);
  if (input.action === "timeout") await timeOutMember(actor, { ...target, duration: "1d" });
  if (input.action === "ban") await banMember(actor, target);
  if (input.action === "suspend") await suspend(author!.id);

  const outcome = outcomes[input.action];
  const reporters = await db.$transaction(async (tx) => {
    const open = await tx.report.findMany({ where: { messageId: message.id, status: "OPEN" }, select: { reporter: { select: { email: true, fullName: true } } } });
    await tx.report.updateMany({
      where: { messageId: message.id, status: "OPEN" },
      data: { status: input.action === "dismiss" ? "DISMISSED" : "ACTIONED", outcome, resolvedAt: new Date(), resolvedById: actor.id },
    });
    await recordAudit(tx, actor, "report.resolve", { type: "message", id: message.id }, {
      label: `${author ? `@${author.username}` : "Deleted user"} in ${place}`,
      serverId: report.serverId ?? undefined,
      after: { action: input.action, reports: open.length },
    });
    return open.map((r) => r.reporter);
  });
  // The outcome stands whether or not the mail goes out.
  await Promise.allSettled(reporters.map((reporter) => sendReportOutcome(reporter, message.body, outcome)));
  return { messageId: message.id, action: input.action, outcome, reportsClosed: reporters.length };
}
