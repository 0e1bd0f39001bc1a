import Link from "next/link";
import { Users } from "lucide-react";
import { JoinButton } from "@/components/servers/join-banner";
import { ServerIcon } from "@/components/servers/server-icon";
import { Card } from "@/components/ui/card";
import type { suggestedServers } from "@/lib/home/queries";

type Suggestion = Awaited<ReturnType<typeof suggestedServers>>[number];

/** Popular public servers the user isn't in, each one click from joining. */
export function SuggestedServers({ servers, canJoin }: { servers: Suggestion[]; canJoin: boolean }) {
  return (
    <ul className="grid gap-3 sm:grid-cols-2">
      {servers.map((server) => (
        <li key={server.id} className="grid">
          <Card className="relative flex items-start gap-3 p-3">
            <ServerIcon name={server.name} icon={server.icon} className="size-11" />
            <div className="min-w-0 flex-1">
              <Link href={`/s/${server.slug}`} className="block truncate text-sm font-semibold after:absolute after:inset-0">
                {server.name}
              </Link>
              <p className="flex items-center gap-1 text-xs text-muted">
                {server.category.name} · <Users className="size-3" aria-hidden /> {server.memberCount.toLocaleString("en")}
              </p>
              <p className="mt-1 line-clamp-2 text-xs text-muted">{server.description}</p>
            </div>
            {canJoin && (
              <div className="relative z-10 shrink-0">
                <JoinButton serverId={server.id} serverName={server.name} />
              </div>
            )}
          </Card>
        </li>
      ))}
    </ul>
  );
}
