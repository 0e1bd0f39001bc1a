"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useEffect, useRef } from "react";
import { Flag, FolderTree, Gauge, MessageSquareWarning, MessagesSquare, ScrollText, Server, Users } from "lucide-react";
import { cn } from "@/lib/utils";

const links = [
  { href: "/admin", label: "Dashboard", icon: Gauge },
  { href: "/admin/users", label: "Users", icon: Users },
  { href: "/admin/categories", label: "Categories", icon: FolderTree },
  { href: "/admin/servers", label: "Servers", icon: Server },
  { href: "/admin/threads", label: "Threads", icon: MessagesSquare },
  { href: "/admin/moderation", label: "Moderation", icon: MessageSquareWarning },
  { href: "/admin/reports", label: "Reports", icon: Flag },
  { href: "/admin/audit", label: "Audit log", icon: ScrollText },
] as const;

/** The admin sections: a sidebar on wide screens, a scrollable strip on phones. */
export function AdminNav() {
  const pathname = usePathname();
  const nav = useRef<HTMLElement>(null);
  // On phones the strip scrolls: keep the current section in view.
  useEffect(() => {
    nav.current?.querySelector('[aria-current="page"]')?.scrollIntoView({ block: "nearest", inline: "nearest" });
  }, [pathname]);
  return (
    <nav
      ref={nav}
      aria-label="Admin"
      className="shrink-0 overflow-x-auto border-b border-border bg-surface md:w-56 md:overflow-x-visible md:overflow-y-auto md:border-b-0 md:border-r"
    >
      <p className="hidden px-5 pb-2 pt-5 text-xs font-semibold uppercase tracking-wide text-muted md:block">Admin</p>
      <ul className="flex gap-1 px-2 py-2 md:flex-col md:px-3 md:py-0">
        {links.map(({ href, label, icon: Icon }) => {
          const active = href === "/admin" ? pathname === href : pathname === href || pathname.startsWith(href + "/");
          return (
            <li key={href}>
              <Link
                href={href}
                aria-current={active ? "page" : undefined}
                className={cn(
                  "flex items-center gap-2 whitespace-nowrap rounded-lg px-3 py-2 text-sm",
                  active ? "bg-accent-soft font-medium text-accent" : "text-muted hover:bg-surface-muted hover:text-foreground",
                )}
              >
                <Icon className="size-4 shrink-0" aria-hidden />
                {label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
