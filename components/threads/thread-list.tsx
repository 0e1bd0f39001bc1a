"use client";

import { MessageSquarePlus, MessagesSquare } from "lucide-react";
import Link from "next/link";
import { usePathname, useRouter } from "next/navigation";
import { useEffect, useRef } from "react";
import { useNow } from "@/components/chat/use-now";
import { listDate } from "@/lib/messages/time-format";
import { Avatar } from "@/components/ui/avatar";
import { Button } from "@/components/ui/button";
import { useChannel } from "@/lib/realtime/use-channel";
import { cn } from "@/lib/utils";

export type ThreadSummary = {
  id: string;
  title: string;
  others: { id: string; fullName: string; image: string | null }[];
  preview: string | null;
  unread: number;
  activityAt: string;
};

/**
 * The viewer's direct threads, most recent first; refreshed when one of them gets a message. On
 * small screens it is the whole page at /t and hidden inside a thread.
 */
export function ThreadList({ threads, viewerId }: { threads: ThreadSummary[]; viewerId: string }) {
  const pathname = usePathname();
  const router = useRouter();
  const now = useNow();
  const refresh = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(refresh.current), []);
  useChannel("user", viewerId, {
    "conversation.activity": () => {
      clearTimeout(refresh.current);
      refresh.current = setTimeout(() => router.refresh(), 1_000);
    },
  });

  return (
    <aside
      aria-label="Direct messages"
      className={cn("flex w-full shrink-0 flex-col border-border bg-surface md:w-80 md:border-r", pathname !== "/t" && "hidden md:flex")}
    >
      <div className="flex h-14 shrink-0 items-center justify-between border-b border-border px-4">
        <h1 className="font-semibold">Direct messages</h1>
        <Button asChild size="sm" variant="secondary">
          <Link href="/t/new">
            <MessageSquarePlus className="size-4" aria-hidden /> New
          </Link>
        </Button>
      </div>
      {threads.length === 0 ? (
        <div className="flex flex-1 flex-col items-center justify-center gap-2 p-6 text-center">
          <MessagesSquare className="size-8 text-muted" aria-hidden />
          <p className="font-medium">No conversations yet</p>
          <p className="text-sm text-muted">Start one with anyone on Chatsphere.</p>
          <Button asChild size="sm" className="mt-2">
            <Link href="/t/new">New message</Link>
          </Button>
        </div>
      ) : (
        <ul className="min-h-0 flex-1 overflow-y-auto p-2">
          {threads.map((thread) => {
            const active = pathname === `/t/${thread.id}`;
            const unread = !active && thread.unread > 0;
            return (
              <li key={thread.id}>
                <Link
                  href={`/t/${thread.id}`}
                  aria-current={active ? "page" : undefined}
                  className={cn("flex items-center gap-3 rounded-lg px-2.5 py-2", active ? "bg-accent-soft" : "hover:bg-surface-muted")}
                >
                  <ThreadAvatar others={thread.others} />
                  <span className="min-w-0 flex-1">
                    <span className="flex items-baseline justify-between gap-2">
                      <span className={cn("truncate text-sm", unread ? "font-semibold" : "font-medium")}>{thread.title}</span>
                      {now > 0 && <span className="shrink-0 text-xs text-muted">{listDate(new Date(thread.activityAt), new Date(now))}</span>}
                    </span>
                    <span className="flex items-center justify-between gap-2">
                      <span className={cn("truncate text-xs", unread ? "text-foreground" : "text-muted")}>{thread.preview ?? "No messages yet"}</span>
                      {unread && (
                        <span className="shrink-0 rounded-full bg-accent px-1.5 text-[11px] font-semibold leading-4 text-accent-foreground">
                          {thread.unread > 99 ? "99+" : thread.unread}
                          <span className="sr-only"> unread</span>
                        </span>
                      )}
                    </span>
                  </span>
                </Link>
              </li>
            );
          })}
        </ul>
      )}
    </aside>
  );
}

function ThreadAvatar({ others }: { others: ThreadSummary["others"] }) {
  if (others.length <= 1) return <Avatar name={others[0]?.fullName ?? "?"} src={others[0]?.image} />;
  return (
    <span className="relative size-10 shrink-0" aria-hidden>
      <Avatar name={others[0]!.fullName} src={others[0]!.image} size="sm" className="absolute left-0 top-0" />
      <Avatar name={others[1]!.fullName} src={others[1]!.image} size="sm" className="absolute bottom-0 right-0 ring-2 ring-surface" />
    </span>
  );
}
