"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { ChannelIcon } from "@/components/servers/channel-icon";
import { UnreadBadge } from "@/components/unread/unread-badge";
import { useConversationUnread } from "@/components/unread/unread-provider";
import { cn } from "@/lib/utils";

type ChannelLink = { id: string; name: string; slug: string; conversationId: string; private: boolean };

/** A server's channels; the open one highlighted, unread ones (live) in bold with a dot or their mention count. */
export function ChannelLinks({ serverSlug, channels }: { serverSlug: string; channels: ChannelLink[] }) {
  const pathname = usePathname();
  return (
    <ul className="space-y-0.5">
      {channels.map((channel) => {
        const href = `/s/${serverSlug}/${channel.slug}`;
        return (
          <li key={channel.id}>
            <ChannelLinkItem channel={channel} href={href} active={pathname === href} />
          </li>
        );
      })}
    </ul>
  );
}

function ChannelLinkItem({ channel, href, active }: { channel: ChannelLink; href: string; active: boolean }) {
  const badge = useConversationUnread(channel.conversationId);
  const unread = badge.unread && !active; // the open channel is being read
  return (
    <Link
      href={href}
      aria-current={active ? "page" : undefined}
      className={cn(
        "flex items-center gap-1.5 rounded-md px-2 py-1.5 text-sm",
        active ? "bg-accent-soft font-medium text-foreground" : "text-muted hover:bg-surface-muted hover:text-foreground",
        unread && "font-semibold text-foreground",
      )}
    >
      <ChannelIcon channel={channel} className="size-4 shrink-0 opacity-70" />
      <span className="min-w-0 flex-1 truncate">{channel.name}</span>
      {unread && <UnreadBadge badge={badge} />}
    </Link>
  );
}
