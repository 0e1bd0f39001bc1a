import Link from "next/link";
import { Hash, Users } from "lucide-react";
import { formatDistanceToNowStrict } from "date-fns";
import { JoinButton } from "@/components/servers/join-banner";
import { ServerIcon } from "@/components/servers/server-icon";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import type { ExploreServer } from "@/lib/servers/explore";

/** Who is looking: only verified accounts join in one click; a visitor signs in first. */
export type ExploreViewer = "visitor" | "unverified" | "verified";

/** A public server in Explore: what it is, its channels, and Join (or Open once joined). */
export function ServerCard({ server, viewer }: { server: ExploreServer; viewer: ExploreViewer }) {
  return (
    <Card className="relative flex flex-col p-4 transition-shadow focus-within:ring-2 focus-within:ring-ring hover:shadow-md">
      <div className="flex items-start gap-3">
        <ServerIcon name={server.name} icon={server.icon} className="size-12" />
        <div className="min-w-0 flex-1">
          <h2 className="truncate font-semibold">
            {/* The whole card opens the server (read-only for a visitor); the buttons sit above this link. */}
            <Link href={viewer === "visitor" ? `/explore/${server.slug}` : `/s/${server.slug}`} className="outline-none after:absolute after:inset-0 after:rounded-xl">
              {server.name}
            </Link>
          </h2>
          <p className="mt-0.5 flex flex-wrap items-center gap-x-2 gap-y-1 text-xs text-muted">
            <Badge>{server.categoryName}</Badge>
            <span className="inline-flex items-center gap-1">
              <Users className="size-3.5" aria-hidden />
              {server.memberCount.toLocaleString("en")} {server.memberCount === 1 ? "member" : "members"}
            </span>
            <span>active {formatDistanceToNowStrict(server.lastActivityAt, { addSuffix: true })}</span>
          </p>
        </div>
      </div>
      <p className="mt-3 line-clamp-2 min-h-10 text-sm text-muted">{server.description || "No description yet."}</p>
      <ul className="mt-3 flex min-w-0 flex-wrap gap-1.5" aria-label="Channels">
        {server.channels.map((channel) => (
          <li key={channel.slug} className="inline-flex max-w-40 items-center gap-0.5 truncate rounded-md bg-surface-muted px-1.5 py-0.5 text-xs text-muted">
            <Hash className="size-3 shrink-0" aria-hidden />
            <span className="truncate">{channel.name}</span>
          </li>
        ))}
      </ul>
      <div className="relative z-10 mt-4 flex justify-end">
        {server.joined ? (
          <Button asChild size="sm" variant="secondary">
            <Link href={`/s/${server.slug}`}>Open</Link>
          </Button>
        ) : viewer === "verified" ? (
          <JoinButton serverId={server.id} serverName={server.name} />
        ) : viewer === "visitor" ? (
          <Button asChild size="sm">
            <Link href={`/signin?callbackUrl=${encodeURIComponent(`/s/${server.slug}`)}`} aria-label={`Sign in to join ${server.name}`}>
              Sign in to join
            </Link>
          </Button>
        ) : (
          <Button asChild size="sm" variant="secondary">
            <Link href={`/s/${server.slug}`}>Preview</Link>
          </Button>
        )}
      </div>
    </Card>
  );
}
