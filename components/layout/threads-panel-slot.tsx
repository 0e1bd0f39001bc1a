"use client";

import { usePathname } from "next/navigation";

/** Shows the direct threads column beside home and thread pages (wide screens only). */
export function ThreadsPanelSlot({ children }: { children: React.ReactNode }) {
  const pathname = usePathname();
  if (!(pathname === "/home" || pathname.startsWith("/t/") || pathname === "/t")) return null;
  return <aside className="hidden w-64 shrink-0 flex-col border-r border-border bg-surface md:flex">{children}</aside>;
}
