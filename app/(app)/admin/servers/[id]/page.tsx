import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ArrowLeft, MessageSquareWarning } from "lucide-react";
import { ChannelList } from "@/components/admin/channel-list";
import { ServerDangerZone } from "@/components/admin/server-danger-zone";
import { ServerForm } from "@/components/admin/server-form";
import { Avatar } from "@/components/ui/avatar";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { listCategories } from "@/lib/admin/categories/queries";
import { requireAdminPage } from "@/lib/admin/guard";
import { getServerDetail } from "@/lib/admin/servers/queries";

export const metadata: Metadata = { title: "Server" };

export default async function AdminServerPage({ params }: PageProps<"/admin/servers/[id]">) {
  await requireAdminPage();
  const { id } = await params;
  const [server, categories] = await Promise.all([getServerDetail(id), listCategories()]);
  if (!server) notFound();
  return (
    <>
      <Link href="/admin/servers" className="mb-4 inline-flex items-center gap-1 text-sm text-muted hover:text-foreground">
        <ArrowLeft className="size-4" aria-hidden /> Servers
      </Link>
      <div className="mb-6 flex flex-wrap items-end justify-between gap-3">
        <div className="min-w-0">
          <h1 className="truncate text-2xl font-semibold tracking-tight">{server.name}</h1>
          <p className="flex flex-wrap items-center gap-2 text-sm text-muted">
            <span>/s/{server.slug}</span>
            {server.visibility === "PRIVATE" && <Badge>Private</Badge>}
            <span>
              {server.memberCount.toLocaleString("en")} member{server.memberCount === 1 ? "" : "s"}
              {server._count.members > 0 && `, ${server._count.members} banned`}
            </span>
          </p>
        </div>
        <Button asChild variant="secondary" size="sm">
          <Link href={`/admin/moderation?server=${server.id}`}>
            <MessageSquareWarning className="size-4" aria-hidden /> Recent messages
          </Link>
        </Button>
      </div>
      <div className="grid gap-6 lg:grid-cols-[1fr_18rem]">
        <div className="min-w-0 space-y-6">
          <Card className="p-4 sm:p-5">
            <h2 className="mb-3 font-semibold">Profile</h2>
            <ServerForm server={server} categories={categories} />
          </Card>
          <section>
            <h2 className="mb-3 font-semibold">Channels</h2>
            <ChannelList channels={server.channels} />
          </section>
        </div>
        <div className="space-y-6">
          <Card className="h-fit p-4">
            <h2 className="mb-3 font-semibold">Staff</h2>
            <ul className="space-y-2 text-sm">
              {server.members.map(({ role, user }) => (
                <li key={user.id} className="flex items-center gap-2">
                  <Avatar name={user.fullName} src={user.image} size="xs" />
                  <Link href={`/admin/users/${user.id}`} className="min-w-0 flex-1 truncate hover:underline">
                    {user.fullName}
                  </Link>
                  <Badge tone={role === "OWNER" ? "accent" : "neutral"}>{role === "OWNER" ? "owner" : "moderator"}</Badge>
                </li>
              ))}
            </ul>
          </Card>
          <ServerDangerZone server={server} />
        </div>
      </div>
    </>
  );
}
