"use client";

import { usePathname } from "next/navigation";
import { useRefreshOnThreadActivity } from "@/components/threads/use-refresh-on-thread-activity";
import { cn } from "@/lib/utils";

/**
 * The thread list beside thread pages, kept current. On phones it is the whole page at /t and
 * steps aside inside a thread (the thread's back arrow returns to it).
 */
export function ThreadsColumn({ userId, children }: { userId: string; children: React.ReactNode }) {
  const pathname = usePathname();
  useRefreshOnThreadActivity(userId);
  return (
    <aside className={cn("w-full shrink-0 flex-col border-border bg-surface md:flex md:w-72 md:border-r", pathname === "/t" ? "flex" : "hidden")}>
      {children}
    </aside>
  );
}
