"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { Compass, House } from "lucide-react";
import { CreateServerDialog } from "@/components/servers/create-server-dialog";
import { ServerIcon } from "@/components/servers/server-icon";
import { Tooltip } from "@/components/ui/tooltip";
import { UnreadBadge } from "@/components/unread/unread-badge";
import { useServerUnread, useThreadsUnread } from "@/components/unread/unread-provider";
import type { NavServer } from "@/lib/navigation/queries";
import type { UnreadBadge as Badge } from "@/lib/unread/client/state";
import { cn } from "@/lib/utils";

type Category = { id: string; name: string };

/** The column of the user's servers: home, each server (live unread marks and mention counts), create, explore. */
export function SidebarRail({ servers, categories, canCreate }: { servers: NavServer[]; categories: Category[]; canCreate: boolean }) {
  const pathname = usePathname();
  const activeSlug = pathname.startsWith("/s/") ? pathname.split("/")[2] : null;
  const threads = useThreadsUnread();
  return (
    <nav aria-label="Servers" className="flex w-[4.5rem] shrink-0 flex-col items-center gap-2 overflow-y-auto border-r border-border bg-background py-3">
      <RailItem href="/home" label="Home" active={pathname === "/home" || pathname.startsWith("/t/")} badge={threads}>
        <span className="flex size-11 items-center justify-center rounded-2xl bg-surface-muted text-foreground">
          <House className="size-5" aria-hidden />
        </span>
      </RailItem>
      <div className="h-px w-8 bg-border" role="separator" />
      <ul className="flex flex-col items-center gap-2" aria-label="Your servers">
        {servers.map((server) => (
          <li key={server.id}>
            <ServerRailItem server={server} active={server.slug === activeSlug} />
          </li>
        ))}
      </ul>
      <CreateServerDialog categories={categories} canCreate={canCreate} />
      <RailItem href="/explore" label="Explore servers" active={pathname === "/explore"}>
        <span className="flex size-11 items-center justify-center rounded-2xl bg-surface-muted text-success">
          <Compass className="size-5" aria-hidden />
        </span>
      </RailItem>
    </nav>
  );
}

function ServerRailItem({ server, active }: { server: NavServer; active: boolean }) {
  return (
    <RailItem href={`/s/${server.slug}`} label={server.name} active={active} badge={useServerUnread(server.id)}>
      <ServerIcon name={server.name} icon={server.icon} className="size-11" />
    </RailItem>
  );
}

function describe(label: string, badge?: Badge) {
  if (badge?.count) return `${label}, ${badge.count} unread`;
  return badge?.unread ? `${label}, unread messages` : label;
}

function RailItem({ href, label, active, badge, children }: { href: string; label: string; active: boolean; badge?: Badge; children: React.ReactNode }) {
  const unread = badge?.unread ?? false;
  return (
    <Tooltip content={describe(label, badge)} side="right">
      <Link
        href={href}
        aria-label={describe(label, badge)}
        aria-current={active ? "page" : undefined}
        className="group relative flex items-center rounded-2xl"
      >
        <span
          aria-hidden
          className={cn(
            "absolute -left-3 w-1 rounded-r-full bg-foreground transition-all",
            active ? "h-8" : unread ? "h-2" : "h-0 group-hover:h-4",
          )}
        />
        <span className={cn("rounded-2xl transition-shadow", active && "ring-2 ring-accent ring-offset-2 ring-offset-background")}>{children}</span>
        {badge && badge.count > 0 && <UnreadBadge badge={badge} className="absolute -right-1 -bottom-1 ring-2 ring-background" />}
      </Link>
    </Tooltip>
  );
}
