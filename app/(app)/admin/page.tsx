import type { Metadata } from "next";
import { Hash, MessageSquare, Server, UserCheck, Users, Activity } from "lucide-react";
import { MessagesChart } from "@/components/admin/messages-chart";
import { PageHeader } from "@/components/admin/page-header";
import { StatCard } from "@/components/admin/stat-card";
import { Card } from "@/components/ui/card";
import { dashboardStats } from "@/lib/admin/dashboard";
import { requireAdminPage } from "@/lib/admin/guard";

export const metadata: Metadata = { title: "Dashboard" };

export default async function AdminDashboardPage() {
  await requireAdminPage();
  const stats = await dashboardStats();
  const last30 = stats.messagesPerDay.reduce((sum, d) => sum + d.count, 0);
  return (
    <>
      <PageHeader title="Dashboard" description="How the platform is doing today. Days are UTC." />
      <div className="grid grid-cols-2 gap-3 lg:grid-cols-3 xl:grid-cols-6">
        <StatCard label="Users" value={stats.users} icon={Users} />
        <StatCard label="Verified" value={stats.verifiedUsers} hint={`${percent(stats.verifiedUsers, stats.users)} of users`} icon={UserCheck} />
        <StatCard label="Active (24 h)" value={stats.activeUsers} hint="seen in the last day" icon={Activity} />
        <StatCard label="Servers" value={stats.servers} icon={Server} />
        <StatCard label="Channels" value={stats.channels} icon={Hash} />
        <StatCard label="Messages today" value={stats.messagesToday} hint="since 00:00 UTC" icon={MessageSquare} />
      </div>
      <Card className="mt-6 p-4 sm:p-5">
        <div className="mb-3 flex flex-wrap items-baseline justify-between gap-2">
          <h2 className="font-semibold">Messages per day</h2>
          <p className="text-sm text-muted">{last30.toLocaleString("en")} in the last 30 days</p>
        </div>
        <MessagesChart days={stats.messagesPerDay} />
      </Card>
    </>
  );
}

function percent(part: number, whole: number) {
  return whole === 0 ? "0%" : `${Math.round((part / whole) * 100)}%`;
}
