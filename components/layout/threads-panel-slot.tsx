"use client";

import { usePathname, useRouter } from "next/navigation";
import { useEffect, useRef } from "react";
import { useChannel } from "@/lib/realtime/use-channel";

/**
 * The direct threads column beside the home page (wide screens; thread pages have their own list).
 * A new message in one of the user's threads refreshes it, and the unread markers with it.
 */
export function ThreadsPanelSlot({ userId, children }: { userId: string; children: React.ReactNode }) {
  const pathname = usePathname();
  const router = useRouter();
  const onHome = pathname === "/home";
  const refresh = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(refresh.current), []);
  useChannel("user", onHome ? userId : null, {
    "conversation.activity": () => {
      clearTimeout(refresh.current);
      refresh.current = setTimeout(() => router.refresh(), 1_000);
    },
  });
  if (!onHome) return null;
  return <aside className="hidden w-64 shrink-0 flex-col border-r border-border bg-surface md:flex">{children}</aside>;
}
