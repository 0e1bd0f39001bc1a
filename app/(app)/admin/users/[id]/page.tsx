import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ArrowLeft } from "lucide-react";
import { AuditList } from "@/components/admin/audit-list";
import { RelativeTime } from "@/components/admin/relative-time";
import { UserActions } from "@/components/admin/user-actions";
import { UserBadges } from "@/components/admin/user-badges";
import { Avatar } from "@/components/ui/avatar";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { requireAdminPage } from "@/lib/admin/guard";
import { getUserDetail } from "@/lib/admin/users/queries";
import { listAuditEntries } from "@/lib/audit/queries";

export const metadata: Metadata = { title: "User" };

export default async function AdminUserPage({ params }: PageProps<"/admin/users/[id]">) {
  const me = await requireAdminPage();
  const { id } = await params;
  const user = await getUserDetail(id);
  if (!user) notFound();
  const { entries } = await listAuditEntries({ targetId: user.id, actor: "" });
  const facts: [string, React.ReactNode][] = [
    ["Joined", <RelativeTime key="j" date={user.createdAt} />],
    ["Last seen", <RelativeTime key="s" date={user.lastSeenAt} empty="never" />],
    ["Email verified", user.emailVerifiedAt ? <RelativeTime key="v" date={user.emailVerifiedAt} /> : "not yet"],
    ["Signed-in sessions", user._count.sessions],
    ["Active API tokens", user.activeApiTokens],
    ["Messages", user._count.messages],
    ["Servers owned", user._count.ownedServers],
    ["Memberships", user._count.memberships],
  ];
  return (
    <>
      <Link href="/admin/users" className="mb-4 inline-flex items-center gap-1 text-sm text-muted hover:text-foreground">
        <ArrowLeft className="size-4" aria-hidden /> Users
      </Link>
      <div className="mb-6 flex flex-wrap items-center gap-4">
        <Avatar name={user.fullName} src={user.image} size="lg" />
        <div className="min-w-0">
          <h1 className="truncate text-2xl font-semibold tracking-tight">{user.fullName}</h1>
          <p className="flex flex-wrap items-center gap-2 text-sm text-muted">
            <span>@{user.username}</span>
            <span className="break-all">{user.email}</span>
            <UserBadges user={user} />
          </p>
        </div>
      </div>
      <div className="grid gap-6 lg:grid-cols-[1fr_18rem]">
        <div className="min-w-0 space-y-6">
          <Card className="p-4 sm:p-5">
            <h2 className="mb-3 font-semibold">Account</h2>
            <dl className="grid grid-cols-2 gap-x-4 gap-y-3 text-sm sm:grid-cols-4">
              {facts.map(([label, value]) => (
                <div key={label}>
                  <dt className="text-xs text-muted">{label}</dt>
                  <dd className="mt-0.5 font-medium tabular-nums">{value}</dd>
                </div>
              ))}
            </dl>
          </Card>
          <Card className="p-4 sm:p-5">
            <h2 className="mb-3 font-semibold">Servers</h2>
            {user.memberships.length === 0 ? (
              <p className="text-sm text-muted">Not a member of any server.</p>
            ) : (
              <ul className="divide-y divide-border text-sm">
                {user.memberships.map((m) => (
                  <li key={m.server.id} className="flex items-center justify-between gap-2 py-2">
                    <Link href={`/admin/servers/${m.server.id}`} className="truncate font-medium hover:underline">
                      {m.server.name}
                    </Link>
                    <span className="flex shrink-0 gap-1">
                      {m.banned ? <Badge tone="danger">Banned</Badge> : <Badge>{m.role.toLowerCase()}</Badge>}
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </Card>
          <section>
            <div className="mb-3 flex items-baseline justify-between gap-2">
              <h2 className="font-semibold">Admin history</h2>
              <Link href={`/admin/audit?targetId=${user.id}`} className="text-sm text-accent hover:underline">
                Full log
              </Link>
            </div>
            <AuditList entries={entries.slice(0, 10)} emptyText="No admin has acted on this account yet." />
          </section>
        </div>
        <UserActions user={user} isMe={user.id === me.id} />
      </div>
    </>
  );
}
