import Link from "next/link";
import { ScrollText } from "lucide-react";
import { RelativeTime } from "@/components/admin/relative-time";
import { EmptyState } from "@/components/ui/empty-state";
import { auditActions, type AuditAction } from "@/lib/audit/actions";
import type { AuditEntry } from "@/lib/audit/queries";

const targetPages: Record<string, string> = { user: "/admin/users/", server: "/admin/servers/" };

/** Audit entries, newest first: who did what to what, when, and what changed. Read-only. */
export function AuditList({ entries, emptyText }: { entries: AuditEntry[]; emptyText: string }) {
  if (entries.length === 0) return <EmptyState icon={ScrollText} title="Nothing recorded" description={emptyText} />;
  return (
    <ol className="divide-y divide-border rounded-xl border border-border bg-surface text-sm">
      {entries.map((entry) => {
        const { label, before, after, ...details } = entry.summary;
        const page = targetPages[entry.targetType];
        return (
          <li key={entry.id} className="px-4 py-3">
            <div className="flex flex-wrap items-baseline justify-between gap-x-3 gap-y-1">
              <p className="min-w-0">
                <span className="font-medium">{entry.actorLabel}</span>{" "}
                <span className="text-muted">{auditActions[entry.action as AuditAction]?.toLowerCase() ?? entry.action}</span>{" "}
                {page ? (
                  <Link href={page + entry.targetId} className="font-medium hover:underline">
                    {label}
                  </Link>
                ) : (
                  <span className="font-medium">{label}</span>
                )}
              </p>
              <span className="shrink-0 text-xs text-muted">
                <RelativeTime date={entry.createdAt} />
              </span>
            </div>
            <ChangeDetails before={before} after={after} details={details} />
          </li>
        );
      })}
    </ol>
  );
}

function ChangeDetails({ before, after, details }: { before?: Record<string, unknown>; after?: Record<string, unknown>; details: Record<string, unknown> }) {
  const fields = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])];
  const extra = Object.entries(details);
  if (fields.length === 0 && extra.length === 0) return null;
  return (
    <dl className="mt-1.5 grid grid-cols-[auto_1fr] gap-x-3 gap-y-0.5 text-xs">
      {fields.map((field) => (
        <div key={field} className="contents">
          <dt className="text-muted">{words(field)}</dt>
          <dd className="min-w-0 break-words">
            {before && field in before && <del className="text-muted">{show(before[field])}</del>}
            {before && field in before && after && field in after && <span className="text-muted"> → </span>}
            {after && field in after && <ins className="no-underline">{show(after[field])}</ins>}
          </dd>
        </div>
      ))}
      {extra.map(([key, value]) => (
        <div key={key} className="contents">
          <dt className="text-muted">{words(key)}</dt>
          <dd className="min-w-0 break-words">{show(value)}</dd>
        </div>
      ))}
    </dl>
  );
}

/** "sessionsEnded" → "sessions ended". */
function words(key: string): string {
  return key.replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase();
}

function show(value: unknown): string {
  if (value === null || value === undefined || value === "") return "—";
  if (Array.isArray(value)) return value.map(show).join(", ");
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
}
