import Link from "next/link";
import { MessageSquare } from "lucide-react";
import { MessageActions } from "@/components/admin/message-actions";
import { RelativeTime } from "@/components/admin/relative-time";
import { Avatar } from "@/components/ui/avatar";
import { EmptyState } from "@/components/ui/empty-state";
import type { ModerationMessage } from "@/lib/admin/moderation/queries";

/** Messages with where they were posted and by whom, and what a moderator can do about each. */
export function ModerationList({ messages, filtered, older }: { messages: ModerationMessage[]; filtered: boolean; older: boolean }) {
  if (messages.length === 0) {
    return (
      <EmptyState
        icon={MessageSquare}
        title={filtered ? "No messages match" : older ? "No older messages" : "No messages yet"}
        description={filtered ? "Try other filters, or clear them." : undefined}
        action={filtered ? <Link href="/admin/moderation" className="text-sm text-accent hover:underline">Clear filters</Link> : undefined}
      />
    );
  }
  return (
    <ol aria-label="Messages" className="divide-y divide-border rounded-xl border border-border bg-surface">
      {messages.map((message) => (
        <li key={message.id} className="flex gap-3 px-4 py-3">
          {message.author ? (
            <Avatar name={message.author.fullName} src={message.author.image} size="sm" />
          ) : (
            <Avatar name="?" size="sm" />
          )}
          <div className="min-w-0 flex-1">
            <div className="flex flex-wrap items-baseline gap-x-2 text-sm">
              {message.author ? (
                <Link href={`/admin/users/${message.author.id}`} className="font-medium hover:underline">
                  {message.author.fullName}
                </Link>
              ) : (
                <span className="font-medium text-muted">Deleted user</span>
              )}
              <Link href={`/admin/moderation?server=${message.server.id}&channel=${message.channel.id}`} className="text-xs text-muted hover:underline">
                {message.server.name} · #{message.channel.name}
              </Link>
              <span className="text-xs text-muted">
                <RelativeTime date={message.createdAt} />
                {message.editedAt && " · edited"}
              </span>
            </div>
            <p className="mt-0.5 line-clamp-6 whitespace-pre-wrap break-words text-sm">{message.body}</p>
          </div>
          <MessageActions messageId={message.id} server={message.server} author={message.author} />
        </li>
      ))}
    </ol>
  );
}
