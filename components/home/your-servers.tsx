"use client";

import Link from "next/link";
import { ServerIcon } from "@/components/servers/server-icon";
import { Card } from "@/components/ui/card";
import { UnreadBadge } from "@/components/unread/unread-badge";
import { useServerUnread } from "@/components/unread/unread-provider";
import type { NavServer } from "@/lib/navigation/queries";
import { cn } from "@/lib/utils";

export function YourServers({ servers }: { servers: NavServer[] }) {
  return (
    <ul className="grid gap-2 sm:grid-cols-2 lg:grid-cols-3">
      {servers.map((server) => (
        <li key={server.id}>
          <ServerCard server={server} />
        </li>
      ))}
    </ul>
  );
}

function ServerCard({ server }: { server: NavServer }) {
  const badge = useServerUnread(server.id);
  return (
    <Card className="relative flex items-center gap-2.5 p-2.5 hover:bg-surface-muted">
      <ServerIcon name={server.name} icon={server.icon} className="size-9 rounded-xl text-xs" />
      <Link href={`/s/${server.slug}`} className={cn("min-w-0 flex-1 truncate text-sm after:absolute after:inset-0", badge.unread && "font-semibold")}>
        {server.name}
      </Link>
      <UnreadBadge badge={badge} />
    </Card>
  );
}
