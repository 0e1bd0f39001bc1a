"use client";

import { ArrowUp, CheckCheck } from "lucide-react";
import { useState } from "react";
import { useReaderClock } from "@/components/chat/reader-clock";
import { toast } from "@/components/ui/toast";
import { markConversationReadAction } from "@/lib/actions/unread/mark-conversation-read";
import { clockTime } from "@/lib/time/format";

/**
 * "New messages since 14:05 · Jump · Mark as read", over the top of the message list while the
 * "New" divider is above the screen (the list decides when). Marking as read hides it for the
 * rest of the visit; the divider stays where it was.
 */
export function NewMessagesBar({
  conversationId,
  since,
  onJumpAway,
}: {
  conversationId: string;
  since: string | undefined;
  /** Brings the first unread message back when its page is no longer loaded. */
  onJumpAway: () => void;
}) {
  const clock = useReaderClock();
  const [dismissed, setDismissed] = useState(false);

  const jump = () => {
    // The shown one: until React reveals it, the streamed page also holds a hidden copy of the log.
    const divider = [...document.querySelectorAll('[role="log"] [data-new-divider]')].find((element) => element.getClientRects().length > 0);
    // At once, not smoothly: a newer page arriving mid-animation re-anchors the list and stops it short.
    if (divider) divider.scrollIntoView({ block: "start" });
    else onJumpAway();
  };

  const markRead = async () => {
    const result = await markConversationReadAction({ conversationId });
    if (result.ok) setDismissed(true);
    else toast.error(result.error.message);
  };

  if (dismissed) return null;
  return (
    <div role="status" data-new-messages-bar="" className="absolute inset-x-3 top-2 z-10 flex items-center gap-2 rounded-lg bg-accent px-3 py-1.5 text-sm text-accent-foreground shadow-lg">
      <span className="min-w-0 flex-1 truncate">New messages{since ? ` since ${clockTime(new Date(since), clock)}` : ""}</span>
      <button type="button" onClick={jump} className="inline-flex shrink-0 items-center gap-1 rounded-md px-2 py-0.5 font-medium hover:bg-white/15">
        <ArrowUp className="size-4" aria-hidden /> Jump
      </button>
      <button type="button" onClick={() => void markRead()} className="inline-flex shrink-0 items-center gap-1 rounded-md px-2 py-0.5 font-medium hover:bg-white/15">
        <CheckCheck className="size-4" aria-hidden /> Mark as read
      </button>
    </div>
  );
}
