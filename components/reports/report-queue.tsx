"use client";

import { formatDistanceToNowStrict } from "date-fns";
import { Flag } from "lucide-react";
import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { toastOutcome } from "@/components/servers/toast-outcome";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { resolveReportAction } from "@/lib/actions/reports/resolve";
import type { OpenReport } from "@/lib/reports/queue";
import { REPORT_ACTIONS, REPORT_REASONS, type ReportAction } from "@/lib/zod/reports";

/**
 * Open reports with what staff can do about each. Server staff see their server's; platform
 * admins (`platform`) every report, and may suspend accounts.
 */
export function ReportQueue({ reports, platform = false }: { reports: OpenReport[]; platform?: boolean }) {
  if (reports.length === 0) return <EmptyState icon={Flag} title="No open reports" description="Reported messages show up here for you to act on." />;
  return (
    <ul className="space-y-3" aria-label="Open reports">
      {reports.map((report) => (
        <ReportItem key={report.id} report={report} platform={platform} />
      ))}
    </ul>
  );
}

function ReportItem({ report, platform }: { report: OpenReport; platform: boolean }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const { message, place } = report;
  const actions = (Object.keys(REPORT_ACTIONS) as ReportAction[]).filter((action) => {
    if (action === "timeout" || action === "ban") return place.kind === "channel";
    if (action === "suspend") return platform;
    return true;
  });
  const act = (action: ReportAction) =>
    startTransition(async () => {
      const result = await resolveReportAction({ reportId: report.id, action });
      if (toastOutcome(result, (data) => `Done: ${data.outcome}`)) router.refresh();
    });
  return (
    <li className="rounded-lg border border-border bg-surface p-3" aria-busy={pending || undefined} aria-label={`Report of a message by ${message.author?.fullName ?? "a deleted user"}`}>
      <p className="text-xs text-muted">
        <span className="font-medium text-danger">{REPORT_REASONS[report.reason]}</span> · reported by {report.reporter.fullName} ·{" "}
        {/* The server and the browser may render a moment apart ("5 seconds ago" vs "6 seconds ago"). */}
        <time dateTime={new Date(report.createdAt).toISOString()} suppressHydrationWarning>
          {formatDistanceToNowStrict(report.createdAt, { addSuffix: true })}
        </time>{" "}
        · {place.kind === "channel" ? `#${place.channelName} in ${place.serverName}` : "a direct thread"}
      </p>
      <blockquote className="mt-2 border-l-2 border-border pl-3 text-sm">
        <p className="font-medium">{message.author ? `${message.author.fullName} (@${message.author.username})` : "Deleted user"}</p>
        <p className="whitespace-pre-wrap break-words">{message.deletedAt ? <em className="text-muted">This message was deleted</em> : message.body}</p>
      </blockquote>
      {report.details && <p className="mt-2 text-sm text-muted">“{report.details}”</p>}
      <div className="mt-3 flex flex-wrap gap-2">
        {actions.map((action) => (
          <Button key={action} size="sm" variant={action === "timeout" || action === "ban" || action === "suspend" ? "danger" : "secondary"} disabled={pending} onClick={() => act(action)}>
            {REPORT_ACTIONS[action]}
          </Button>
        ))}
      </div>
    </li>
  );
}
