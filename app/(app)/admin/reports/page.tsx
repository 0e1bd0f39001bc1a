import type { Metadata } from "next";
import { PageHeader } from "@/components/admin/page-header";
import { ReportQueue } from "@/components/reports/report-queue";
import { requireAdminPage } from "@/lib/admin/guard";
import { openReports } from "@/lib/reports/queue";

export const metadata: Metadata = { title: "Reports" };

export default async function AdminReportsPage() {
  const admin = await requireAdminPage();
  const reports = await openReports(admin, { platform: true });
  return (
    <>
      <PageHeader
        title="Reports"
        description="Every open report, newest first. A direct thread's report shows its reported message and nothing else of the thread; channel reports are also in their server's settings."
      />
      <ReportQueue reports={reports} platform />
    </>
  );
}
