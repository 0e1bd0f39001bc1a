import type { UnreadBadge as Badge } from "@/lib/unread/client/state";
import { cn } from "@/lib/utils";

/** A number (mentions, direct messages) when there is one, else a dot when unread, else nothing. */
export function UnreadBadge({ badge, className }: { badge: Badge; className?: string }) {
  if (badge.count > 0) {
    return (
      <span
        className={cn("inline-flex h-5 min-w-5 shrink-0 items-center justify-center rounded-full bg-danger px-1.5 text-xs font-semibold text-white tabular-nums", className)}
        aria-label={`${badge.count} unread`}
        data-unread-count={badge.count}
      >
        {badge.count > 99 ? "99+" : badge.count}
      </span>
    );
  }
  if (badge.unread) return <span className={cn("size-2 shrink-0 rounded-full bg-accent", className)} aria-label="unread" data-unread-dot="" />;
  return null;
}
