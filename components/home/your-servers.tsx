import Link from "next/link";
import { ServerIcon } from "@/components/servers/server-icon";
import { Card } from "@/components/ui/card";
import type { NavServer } from "@/lib/navigation/queries";

export function YourServers({ servers }: { servers: NavServer[] }) {
  return (
    <ul className="grid gap-2 sm:grid-cols-2 lg:grid-cols-3">
      {servers.map((server) => (
        <li key={server.id}>
          <Card className="relative flex items-center gap-2.5 p-2.5 hover:bg-surface-muted">
            <ServerIcon name={server.name} icon={server.icon} className="size-9 rounded-xl text-xs" />
            <Link href={`/s/${server.slug}`} className={`min-w-0 flex-1 truncate text-sm after:absolute after:inset-0 ${server.unread ? "font-semibold" : ""}`}>
              {server.name}
            </Link>
            {server.unread && <span className="size-2 shrink-0 rounded-full bg-accent" aria-label="unread messages" />}
          </Card>
        </li>
      ))}
    </ul>
  );
}
