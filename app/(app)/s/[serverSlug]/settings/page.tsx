import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ArrowLeft } from "lucide-react";
import { BanList } from "@/components/servers/ban-list";
import { ChannelSettings } from "@/components/servers/channel-settings";
import { DangerZone } from "@/components/servers/danger-zone";
import { EditServerForm } from "@/components/servers/edit-server-form";
import { InviteForm } from "@/components/servers/invite-form";
import { LinkPreviewsSwitch } from "@/components/servers/link-previews-switch";
import { InviteList } from "@/components/servers/invite-list";
import { MemberList } from "@/components/servers/member-list";
import { SettingsSection } from "@/components/servers/settings-section";
import { ReportQueue } from "@/components/reports/report-queue";
import { can } from "@/lib/access/server";
import { requireUser } from "@/lib/auth/session";
import { listActiveInvites } from "@/lib/invites/queries";
import { listBans, listMembers } from "@/lib/members/queries";
import { openReports } from "@/lib/reports/queue";
import { getServerView, listCategories } from "@/lib/servers/queries";

export const metadata: Metadata = { title: "Settings" };

/** Server settings for its owner and moderators (and platform admins); 404 for everyone else. */
export default async function ServerSettingsPage({ params }: { params: Promise<{ serverSlug: string }> }) {
  const user = await requireUser();
  const server = await getServerView(user, (await params).serverSlug);
  if (!server || !can.moderate(server.access)) notFound();
  const { access } = server;
  const [categories, members, bans, invites, reports] = await Promise.all([
    listCategories(),
    listMembers(server.id),
    listBans(server.id),
    listActiveInvites(server.id),
    openReports(user, { serverId: server.id }),
  ]);

  return (
    <main className="min-h-0 flex-1 overflow-y-auto">
      <div className="mx-auto w-full max-w-3xl space-y-6 p-4 sm:p-6">
        <div>
          <Link href={`/s/${server.slug}`} className="inline-flex items-center gap-1 text-sm text-muted hover:text-foreground">
            <ArrowLeft className="size-4" aria-hidden /> Back to {server.name}
          </Link>
          <h1 className="mt-2 text-2xl font-semibold">Server settings</h1>
        </div>
        {can.manage(access) && (
          <SettingsSection title="Overview" description="How your server appears in Explore and in invites.">
            <EditServerForm server={{ id: server.id, name: server.name, description: server.description, categoryId: server.categoryId, visibility: server.visibility, icon: server.icon }} categories={categories} />
          </SettingsSection>
        )}
        {can.manage(access) && (
          <SettingsSection title="Link previews" description="Cards for links in messages.">
            <LinkPreviewsSwitch serverId={server.id} enabled={server.linkPreviews} />
          </SettingsSection>
        )}
        <SettingsSection title={`Reports (${reports.length})`} description="Messages people reported here. You see the reported message; the reporter is emailed what you decide.">
          <ReportQueue reports={reports} />
        </SettingsSection>
        <SettingsSection title="Channels" description="Rename, reorder, set topics and slow mode. Add channels with + in the channel list.">
          <ChannelSettings serverId={server.id} channels={server.channels} />
        </SettingsSection>
        <SettingsSection title="Invite links" description="Anyone with a link can join, until it expires, runs out of uses or is revoked.">
          <div className="space-y-6">
            <InviteForm serverId={server.id} />
            <InviteList invites={invites} />
          </div>
        </SettingsSection>
        <SettingsSection title={`Members (${server.memberCount.toLocaleString("en")})`} description="Moderators can remove and ban members; only the owner changes roles.">
          <MemberList serverId={server.id} members={members} total={server.memberCount} access={access} viewerId={user.id} />
        </SettingsSection>
        <SettingsSection title="Bans" description="Banned people can't read, join or be invited until the ban is lifted.">
          <BanList serverId={server.id} bans={bans} />
        </SettingsSection>
        {(can.transfer(access) || can.manage(access)) && (
          <SettingsSection title="Danger zone">
            <DangerZone
              server={{ id: server.id, name: server.name, slug: server.slug }}
              candidates={members.filter((m) => m.role !== "OWNER")}
              canTransfer={can.transfer(access)}
              canDelete={can.manage(access)}
            />
          </SettingsSection>
        )}
      </div>
    </main>
  );
}
