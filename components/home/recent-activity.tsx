import Link from "next/link";
import { formatDistanceToNowStrict } from "date-fns";
import { Avatar } from "@/components/ui/avatar";
import { Card } from "@/components/ui/card";
import type { recentServerActivity } from "@/lib/home/queries";

type Activity = Awaited<ReturnType<typeof recentServerActivity>>[number];

/** The latest message in each of the busiest channels of the user's servers. */
export function RecentActivity({ items }: { items: Activity[] }) {
  return (
    <Card className="divide-y divide-border">
      {items.map((item) => (
        <Link key={item.message.id} href={`/s/${item.server.slug}/${item.slug}`} className="flex gap-3 p-3 first:rounded-t-xl last:rounded-b-xl hover:bg-surface-muted">
          <Avatar name={item.message.author?.fullName ?? "Deleted user"} src={item.message.author?.image} size="sm" />
          <div className="min-w-0 flex-1">
            <p className="flex items-baseline gap-1.5 text-xs text-muted">
              <span className="truncate font-medium text-foreground">{item.server.name}</span>
              <span className="truncate">#{item.name}</span>
              <time className="ml-auto shrink-0">{formatDistanceToNowStrict(item.message.createdAt, { addSuffix: true })}</time>
            </p>
            <p className="mt-0.5 line-clamp-2 text-sm">
              <span className="font-medium">{item.message.author?.fullName ?? "Deleted user"}:</span> {item.message.body}
            </p>
          </div>
        </Link>
      ))}
    </Card>
  );
}
