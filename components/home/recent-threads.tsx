import { formatDistanceToNowStrict } from "date-fns";
import { Avatar } from "@/components/ui/avatar";
import { Card } from "@/components/ui/card";
import { ConversationUnreadLink } from "@/components/unread/unread-link";
import type { RecentThread } from "@/lib/navigation/queries";

export function RecentThreads({ threads }: { threads: RecentThread[] }) {
  return (
    <Card className="divide-y divide-border">
      {threads.map((thread) => (
        <ConversationUnreadLink
          key={thread.id}
          conversationId={thread.conversationId}
          href={`/t/${thread.id}`}
          className="flex items-center gap-3 p-3 first:rounded-t-xl last:rounded-b-xl hover:bg-surface-muted"
        >
          <Avatar name={thread.others[0]?.fullName ?? thread.title} src={thread.others[0]?.image} size="md" />
          <div className="min-w-0 flex-1">
            <div className="flex items-baseline justify-between gap-2">
              <p className="truncate text-sm font-medium group-data-unread:font-semibold">{thread.title}</p>
              {thread.lastMessageAt && <time className="shrink-0 text-xs text-muted">{formatDistanceToNowStrict(thread.lastMessageAt)}</time>}
            </div>
            <p className="truncate text-sm text-muted group-data-unread:text-foreground">
              {thread.lastMessage ? `${thread.lastMessage.mine ? "You: " : ""}${thread.lastMessage.body}` : "No messages yet"}
            </p>
          </div>
        </ConversationUnreadLink>
      ))}
    </Card>
  );
}
