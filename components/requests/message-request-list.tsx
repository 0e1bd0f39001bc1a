import Link from "next/link";
import { Inbox } from "lucide-react";
import { Avatar } from "@/components/ui/avatar";
import type { MessageRequest } from "@/lib/requests/requests";

/** The list on /t/requests: who wrote, and the last message, each opening the request. */
export function MessageRequestList({ requests }: { requests: MessageRequest[] }) {
  if (requests.length === 0) {
    return (
      <div className="flex flex-col items-center gap-2 py-10 text-center text-sm text-muted">
        <Inbox className="size-6" aria-hidden />
        <p>No message requests.</p>
      </div>
    );
  }
  return (
    <ul className="divide-y divide-border rounded-lg border border-border bg-surface" aria-label="Message requests">
      {requests.map((request) => {
        const first = request.others[0];
        return (
          <li key={request.threadId}>
            <Link href={`/t/${request.threadId}`} className="flex items-center gap-3 px-3 py-2.5 hover:bg-surface-muted focus-visible:bg-surface-muted">
              <Avatar name={first?.fullName ?? request.title} src={first?.image} />
              <span className="min-w-0 flex-1">
                <span className="block truncate text-sm font-medium">{request.title}</span>
                {request.lastMessage && (
                  <span className="block truncate text-xs text-muted">
                    {request.others.length > 1 && request.lastMessage.author ? `${request.lastMessage.author}: ` : ""}
                    {request.lastMessage.body || "Sent a file"}
                  </span>
                )}
              </span>
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
