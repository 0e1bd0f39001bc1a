"use client";

import { usePathname } from "next/navigation";
import { useRefreshOnThreadActivity } from "@/components/threads/use-refresh-on-thread-activity";

/**
 * The direct threads column beside the home page (wide screens; thread pages have their own list).
 * A new message in one of the user's threads refreshes it, and the unread markers with it.
 */
export function ThreadsPanelSlot({ userId, children }: { userId: string; children: React.ReactNode }) {
  const pathname = usePathname();
  const onHome = pathname === "/home";
  useRefreshOnThreadActivity(onHome ? userId : null);
  if (!onHome) return null;
  return <aside className="hidden w-64 shrink-0 flex-col border-r border-border bg-surface md:flex">{children}</aside>;
}
