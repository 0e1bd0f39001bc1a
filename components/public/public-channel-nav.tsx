"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { Hash, Users } from "lucide-react";
import { ServerIcon } from "@/components/servers/server-icon";
import { cn } from "@/lib/utils";

type Server = { slug: string; name: string; icon: string | null; memberCount: number; channels: { id: string; name: string; slug: string }[] };

/** A public server's channels for a signed-out visitor: a column on wide screens, a scrolling strip on phones. */
export function PublicChannelNav({ server }: { server: Server }) {
  const pathname = usePathname();
  return (
    <nav aria-label={`${server.name} channels`} className="flex shrink-0 flex-col border-b border-border bg-surface md:w-60 md:border-r md:border-b-0">
      <div className="flex h-12 shrink-0 items-center gap-2 px-3 md:border-b md:border-border">
        <ServerIcon name={server.name} icon={server.icon} className="size-7 rounded-lg text-[10px]" />
        <span className="min-w-0 flex-1 truncate font-semibold">{server.name}</span>
        <span className="inline-flex shrink-0 items-center gap-1 text-xs text-muted">
          <Users className="size-3.5" aria-hidden />
          {server.memberCount.toLocaleString("en")}
          <span className="sr-only">{server.memberCount === 1 ? "member" : "members"}</span>
        </span>
      </div>
      <ul className="flex gap-1 overflow-x-auto px-2 pb-2 md:min-h-0 md:flex-1 md:flex-col md:gap-0.5 md:overflow-y-auto md:p-2">
        {server.channels.map((channel) => {
          const href = `/explore/${server.slug}/${channel.slug}`;
          const active = pathname === href;
          return (
            <li key={channel.id} className="shrink-0">
              <Link
                href={href}
                aria-current={active ? "page" : undefined}
                className={cn(
                  "flex items-center gap-1.5 rounded-md px-2 py-1.5 text-sm",
                  active ? "bg-accent-soft font-medium text-foreground" : "text-muted hover:bg-surface-muted hover:text-foreground",
                )}
              >
                <Hash className="size-4 shrink-0 opacity-70" aria-hidden />
                <span className="max-w-40 truncate md:max-w-none md:flex-1">{channel.name}</span>
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
