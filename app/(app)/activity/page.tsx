import type { Metadata } from "next";
import Link from "next/link";
import { AtSign, Hash, MessageSquareReply, SmilePlus } from "lucide-react";
import { Avatar } from "@/components/ui/avatar";
import { listActivity, activityKinds, type ActivityItem, type ActivityKind } from "@/lib/activity/queries";
import { requireUser } from "@/lib/auth/session";
import { shortTime } from "@/lib/time/format";
import { readerClock } from "@/lib/time/reader-clock";
import { cn } from "@/lib/utils";

export const metadata: Metadata = { title: "Activity" };

const filters: { kind: ActivityKind | undefined; label: string }[] = [
  { kind: undefined, label: "All" },
  { kind: "mention", label: "Mentions" },
  { kind: "reply", label: "Replies" },
  { kind: "reaction", label: "Reactions" },
];

/** The activity inbox: mentions of you, replies to your messages and reactions to them, everywhere you can read, newest first. */
export default async function ActivityPage({ searchParams }: PageProps<"/activity">) {
  const user = await requireUser();
  const asked = (await searchParams).kind;
  const kind = activityKinds.find((k) => k === asked);
  const [items, clock] = await Promise.all([listActivity(user.id, kind), readerClock()]);
  const now = new Date();

  return (
    <main className="min-h-0 flex-1 overflow-y-auto">
      <div className="mx-auto w-full max-w-3xl space-y-4 p-4 sm:p-6">
        <div>
          <h1 className="text-2xl font-semibold">Activity</h1>
          <p className="mt-1 text-sm text-muted">Mentions of you, replies to your messages and reactions to them, in every server and conversation.</p>
        </div>
        <nav aria-label="Filter activity" className="flex gap-1">
          {filters.map((filter) => (
            <Link
              key={filter.label}
              href={filter.kind ? `/activity?kind=${filter.kind}` : "/activity"}
              aria-current={filter.kind === kind ? "page" : undefined}
              className={cn(
                "rounded-full px-3 py-1 text-sm",
                filter.kind === kind ? "bg-accent text-accent-foreground" : "bg-surface-muted text-muted hover:text-foreground",
              )}
            >
              {filter.label}
            </Link>
          ))}
        </nav>
        {items.length === 0 ? (
          <div className="flex flex-col items-center gap-2 rounded-xl border border-border bg-surface p-8 text-center text-muted">
            <AtSign className="size-8" aria-hidden />
            <p className="font-medium text-foreground">Nothing yet</p>
            <p className="text-sm">When someone mentions you, replies to one of your messages or reacts to it, it shows up here.</p>
          </div>
        ) : (
          <ul aria-label="Activity" className="divide-y divide-border rounded-xl border border-border bg-surface">
            {items.map((item) => (
              <li key={`${item.kind}-${item.messageId}-${item.actor?.id}-${item.at.toISOString()}-${item.text}`}>
                <ActivityRow item={item} when={shortTime(item.at, now, clock)} />
              </li>
            ))}
          </ul>
        )}
      </div>
    </main>
  );
}

function ActivityRow({ item, when }: { item: ActivityItem; when: string }) {
  const who = item.actor?.fullName ?? "Deleted user";
  const Icon = item.kind === "mention" ? AtSign : item.kind === "reply" ? MessageSquareReply : SmilePlus;
  return (
    <Link href={`/m/${item.messageId}`} className="flex gap-3 p-3 hover:bg-surface-muted" data-activity={item.kind}>
      <Avatar name={who} src={item.actor?.image} size="sm" />
      <div className="min-w-0 flex-1 text-sm">
        <p className="flex flex-wrap items-center gap-x-1.5 text-muted">
          <Icon className="size-3.5" aria-hidden />
          <span className="font-medium text-foreground">{who}</span>
          {item.kind === "mention" ? "mentioned you" : item.kind === "reply" ? "replied to you" : <>reacted {item.text} to your message</>}
          <span aria-hidden>·</span>
          {item.place.kind === "channel" ? (
            <span className="inline-flex items-center">
              {item.place.serverName} <Hash className="ml-1 size-3" aria-hidden />
              {item.place.channelName}
            </span>
          ) : (
            <span>direct message</span>
          )}
          <span aria-hidden>·</span>
          <time>{when}</time>
        </p>
        {item.kind !== "reaction" && <p className="mt-0.5 line-clamp-2 text-foreground">{item.text}</p>}
        {item.kind !== "mention" && <p className="mt-0.5 truncate border-l-2 border-border pl-2 text-xs text-muted">{item.yours || "(a message with no text)"}</p>}
      </div>
    </Link>
  );
}
