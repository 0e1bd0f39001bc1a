import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { MobileNavPanel } from "@/components/layout/mobile-nav";
import { MembershipWatcher } from "@/components/servers/membership-watcher";
import { ServerPanel } from "@/components/servers/server-panel";
import { requireUser } from "@/lib/auth/session";
import { getServerView } from "@/lib/servers/queries";

type Props = { params: Promise<{ serverSlug: string }>; children: React.ReactNode };

export async function generateMetadata({ params }: Omit<Props, "children">): Promise<Metadata> {
  const server = await getServerView(await requireUser(), (await params).serverSlug);
  return { title: { template: `%s · ${server?.name ?? "Server"}`, default: server?.name ?? "Server" } };
}

/** A server: its channel list beside the page (in the drawer on phones). 404 unless readable. */
export default async function ServerLayout({ params, children }: Props) {
  const user = await requireUser();
  const server = await getServerView(user, (await params).serverSlug);
  if (!server) notFound();
  const panel = <ServerPanel server={server} />;
  return (
    <div className="flex min-w-0 flex-1">
      <aside className="hidden w-60 shrink-0 flex-col border-r border-border bg-surface md:flex">{panel}</aside>
      <MobileNavPanel>{panel}</MobileNavPanel>
      {server.access.role && <MembershipWatcher userId={user.id} serverId={server.id} serverName={server.name} />}
      <div className="flex min-w-0 flex-1 flex-col">{children}</div>
    </div>
  );
}
