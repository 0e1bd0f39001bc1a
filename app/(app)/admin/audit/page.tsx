import type { Metadata } from "next";
import Link from "next/link";
import { AuditList } from "@/components/admin/audit-list";
import { FilterForm, FilterSelect } from "@/components/admin/filter-form";
import { PageHeader } from "@/components/admin/page-header";
import { OlderLink } from "@/components/admin/pagination";
import { Input } from "@/components/ui/input";
import { requireAdminPage } from "@/lib/admin/guard";
import { listHref } from "@/lib/admin/href";
import { auditActions, auditTargetTypes } from "@/lib/audit/actions";
import { listAuditEntries } from "@/lib/audit/queries";
import { auditListParams, firstValues } from "@/lib/zod/admin";

export const metadata: Metadata = { title: "Audit log" };

export default async function AdminAuditPage({ searchParams }: PageProps<"/admin/audit">) {
  await requireAdminPage();
  const params = auditListParams.parse(firstValues(await searchParams));
  const { entries, nextCursor } = await listAuditEntries(params);
  const { before, ...filters } = params;
  const filtered = Object.values(filters).some(Boolean);
  return (
    <>
      <PageHeader title="Audit log" description="Every admin action, newest first: who, what, to what, and what changed. Entries can't be edited or deleted." />
      <FilterForm action="/admin/audit" query={params.actor} searchName="actor" placeholder="Admin (username)">
        <FilterSelect name="action" label="Action" value={params.action} options={[{ value: "", label: "Any action" }, ...Object.entries(auditActions).map(([value, label]) => ({ value, label }))]} />
        <FilterSelect name="targetType" label="Target" value={params.targetType} options={[{ value: "", label: "Any target" }, ...auditTargetTypes.map((t) => ({ value: t, label: t[0]!.toUpperCase() + t.slice(1) + "s" }))]} />
        <label className="flex items-center gap-1.5 text-sm text-muted">
          From
          <Input type="date" name="from" defaultValue={params.from} className="w-auto" />
        </label>
        <label className="flex items-center gap-1.5 text-sm text-muted">
          to
          <Input type="date" name="to" defaultValue={params.to} className="w-auto" />
        </label>
        {params.targetId && <input type="hidden" name="targetId" value={params.targetId} />}
      </FilterForm>
      {params.targetId && (
        <p className="mb-3 text-sm text-muted">
          Showing entries about one {params.targetType ?? "target"}.{" "}
          <Link href={listHref("/admin/audit", { ...filters, targetId: undefined })} className="text-accent hover:underline">
            Show all
          </Link>
        </p>
      )}
      <AuditList
        entries={entries}
        emptyText={filtered ? "No entries match these filters." : before ? "No older entries." : "Admin actions will be recorded here."}
      />
      <OlderLink href={nextCursor ? listHref("/admin/audit", { ...filters, before: nextCursor }) : null} />
    </>
  );
}
