import type { Metadata } from "next";
import { notFound } from "next/navigation";
import Link from "next/link";
import { Settings } from "lucide-react";
import { ConversationView } from "@/components/chat/conversation-view";
import { ChannelIcon } from "@/components/servers/channel-icon";
import { PinsButton } from "@/components/chat/pins-button";
import { SearchHereButton } from "@/components/search/search-here-button";
import { NotificationMenu } from "@/components/unread/notification-menu";
import { JoinBanner } from "@/components/servers/join-banner";
import { MemberList } from "@/components/servers/member-list";
import { MembersSheet } from "@/components/servers/members-sheet";
import { can } from "@/lib/access/server";
import { listMembers } from "@/lib/members/queries";
import { timedOutText } from "@/lib/moderation/time-out-text";
import { newestPageFor } from "@/lib/messages/queries";
import { readerClock } from "@/lib/time/reader-clock";
import { jumpTarget } from "@/lib/zod/messages";
import { verifyFirst } from "@/lib/access/verified";
import { loadChannel } from "./load-channel";

type Props = { params: Promise<{ serverSlug: string; channelSlug: string }>; searchParams: Promise<{ at?: string | string[] }> };

async function load({ params }: Props) {
  const { serverSlug, channelSlug } = await params;
  return loadChannel(serverSlug, channelSlug);
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { channel } = await load(props);
  return { title: `#${channel.name}` };
}

/** A channel: its header, the message pane, and the member list (beside it on wide screens). */
export default async function ChannelPage(props: Props) {
  const { user, server, channel } = await load(props);
  const at = jumpTarget((await props.searchParams).at);
  const [conversation, members, clock] = await Promise.all([newestPageFor(user, channel.conversationId, at), listMembers(server.id), readerClock()]);
  if (!conversation) notFound();
  const { access, newestPage } = conversation;
  const memberList = <MemberList serverId={server.id} members={members} total={server.memberCount} access={server.access} viewerId={user.id} />;

  return (
    <div className="flex min-h-0 flex-1">
      <div className="flex min-w-0 flex-1 flex-col">
        <header className="flex h-12 shrink-0 items-center gap-2 border-b border-border bg-surface px-3 sm:px-4">
          <ChannelIcon channel={channel} className="size-5 shrink-0 text-muted" />
          <h1 className="shrink-0 font-semibold">{channel.name}</h1>
          {channel.topic && <p className="hidden min-w-0 truncate border-l border-border pl-2 text-sm text-muted sm:block">{channel.topic}</p>}
          <div className="ml-auto flex items-center gap-1">
            <PinsButton conversationId={channel.conversationId} />
            <SearchHereButton conversationId={channel.conversationId} label={`#${channel.name}`} />
            <NotificationMenu conversationId={channel.conversationId} serverId={server.id} label={`#${channel.name}`} />
            {can.moderate(server.access) && (
              <Link href={`/s/${server.slug}/settings`} className="rounded-md p-1.5 text-muted hover:bg-surface-muted hover:text-foreground" aria-label="Server settings" title="Server settings">
                <Settings className="size-4" aria-hidden />
              </Link>
            )}
            <MembersSheet count={server.memberCount}>{memberList}</MembersSheet>
          </div>
        </header>
        {!server.access.role && <JoinBanner serverId={server.id} serverName={server.name} verified={user.emailVerifiedAt !== null} />}
        <ConversationView
          key={channel.conversationId}
          conversationId={channel.conversationId}
          kind="channel"
          title={`#${channel.name}`}
          viewer={{ id: user.id, username: user.username, fullName: user.fullName, image: user.image }}
          canPost={access.canPost}
          canModerate={access.canModerate}
          canPin={access.canPin}
          readOnlyReason={
            access.timedOutUntil ? timedOutText(access.timedOutUntil) : server.access.role && !user.emailVerifiedAt ? verifyFirst("post") : undefined
          }
          slowModeSeconds={access.slowModeSeconds}
          newestPage={newestPage}
          focusSeq={at}
          clock={clock}
        />
      </div>
      <aside aria-label="Members" className="hidden w-60 shrink-0 overflow-y-auto border-l border-border bg-surface p-2 xl:block">
        {memberList}
      </aside>
    </div>
  );
}
