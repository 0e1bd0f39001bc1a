"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { Inbox, MessageSquarePlus, MessagesSquare } from "lucide-react";
import { PresenceAvatar } from "@/components/chat/presence-avatar";
import { Avatar } from "@/components/ui/avatar";
import { UnreadBadge } from "@/components/unread/unread-badge";
import { useConversationUnread } from "@/components/unread/unread-provider";
import type { RecentThread } from "@/lib/navigation/queries";
import { cn } from "@/lib/utils";

/**
 * The direct threads panel: most recent first, unread ones (live) in bold with their count; above
 * them, when some wait, the entry to the message requests with how many.
 */
export function SidebarThreads({ threads, requests = 0 }: { threads: RecentThread[]; requests?: number }) {
  const pathname = usePathname();
  return (
    <nav aria-label="Direct messages" className="flex min-h-0 flex-1 flex-col">
      <div className="flex h-12 shrink-0 items-center justify-between gap-2 border-b border-border px-3 pr-10 md:pr-3">
        <h2 className="text-sm font-semibold">Direct messages</h2>
        <Link href="/t/new" className="rounded-md p-1.5 text-muted hover:bg-surface-muted hover:text-foreground" aria-label="New message" title="New message">
          <MessageSquarePlus className="size-4" aria-hidden />
        </Link>
      </div>
      {requests > 0 && (
        <Link
          href="/t/requests"
          aria-current={pathname === "/t/requests" ? "page" : undefined}
          className={cn(
            "mx-2 mt-2 flex items-center gap-2.5 rounded-lg px-2 py-1.5 text-sm font-medium",
            pathname === "/t/requests" ? "bg-accent-soft text-foreground" : "text-foreground hover:bg-surface-muted",
          )}
        >
          <Inbox className="size-4 text-muted" aria-hidden />
          <span className="min-w-0 flex-1 truncate">Message requests</span>
          <span className="inline-flex h-5 min-w-5 shrink-0 items-center justify-center rounded-full bg-accent px-1.5 text-xs font-semibold text-white tabular-nums" aria-label={`${requests} waiting`}>
            {requests > 99 ? "99+" : requests}
          </span>
        </Link>
      )}
      {threads.length === 0 ? (
        <div className="flex flex-col items-center gap-2 px-4 py-8 text-center text-sm text-muted">
          <MessagesSquare className="size-6" aria-hidden />
          <p>No conversations yet.</p>
          <Link href="/t/new" className="font-medium text-accent hover:underline">
            Start one
          </Link>
        </div>
      ) : (
        <ul className="min-h-0 flex-1 space-y-0.5 overflow-y-auto p-2">
          {threads.map((thread) => (
            <li key={thread.id}>
              <ThreadLink thread={thread} active={pathname === `/t/${thread.id}`} />
            </li>
          ))}
        </ul>
      )}
    </nav>
  );
}

function ThreadLink({ thread, active }: { thread: RecentThread; active: boolean }) {
  const badge = useConversationUnread(thread.conversationId);
  const unread = badge.unread && !active; // the open thread is being read
  const first = thread.others[0];
  return (
    <Link
      href={`/t/${thread.id}`}
      aria-current={active ? "page" : undefined}
      className={cn(
        "flex items-center gap-2.5 rounded-lg px-2 py-1.5 text-sm",
        active ? "bg-accent-soft text-foreground" : "text-muted hover:bg-surface-muted hover:text-foreground",
        unread && "font-semibold text-foreground",
      )}
    >
      {first && thread.others.length === 1 ? (
        <PresenceAvatar name={first.fullName} src={first.image} userId={first.id} />
      ) : (
        <Avatar name={first?.fullName ?? thread.title} src={first?.image} size="sm" />
      )}
      <span className="min-w-0 flex-1 truncate">{thread.title}</span>
      {unread && <UnreadBadge badge={badge} />}
    </Link>
  );
}
