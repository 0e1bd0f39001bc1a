"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { Hash } from "lucide-react";
import { cn } from "@/lib/utils";

type ChannelLink = { id: string; name: string; slug: string; unread: boolean };

/** A server's channels; the open one highlighted, unread ones in bold with a dot. */
export function ChannelLinks({ serverSlug, channels }: { serverSlug: string; channels: ChannelLink[] }) {
  const pathname = usePathname();
  return (
    <ul className="space-y-0.5">
      {channels.map((channel) => {
        const href = `/s/${serverSlug}/${channel.slug}`;
        const active = pathname === href;
        return (
          <li key={channel.id}>
            <Link
              href={href}
              aria-current={active ? "page" : undefined}
              className={cn(
                "flex items-center gap-1.5 rounded-md px-2 py-1.5 text-sm",
                active ? "bg-accent-soft font-medium text-foreground" : "text-muted hover:bg-surface-muted hover:text-foreground",
                channel.unread && !active && "font-semibold text-foreground",
              )}
            >
              <Hash className="size-4 shrink-0 opacity-70" aria-hidden />
              <span className="min-w-0 flex-1 truncate">{channel.name}</span>
              {channel.unread && !active && <span className="size-2 shrink-0 rounded-full bg-accent" aria-label="unread" />}
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
