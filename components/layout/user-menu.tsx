"use client";

import Link from "next/link";
import { DropdownMenu } from "@/components/ui/lazy-radix";
import { LogOut, Settings, Shield } from "lucide-react";
import { Avatar } from "@/components/ui/avatar";
import { signOutAction } from "@/lib/actions/auth/sign-out";

type MenuUser = { fullName: string; username: string; email: string; image: string | null; role: "USER" | "ADMIN" };

const itemClasses =
  "flex w-full cursor-pointer select-none items-center gap-2 rounded-md px-2 py-1.5 text-sm outline-none data-[highlighted]:bg-surface-muted";

export function UserMenu({ user }: { user: MenuUser }) {
  return (
    <DropdownMenu.Root>
      <DropdownMenu.Trigger className="rounded-full" aria-label="Account menu">
        <Avatar name={user.fullName} src={user.image} size="sm" />
      </DropdownMenu.Trigger>
      <DropdownMenu.Portal>
        <DropdownMenu.Content
          align="end"
          sideOffset={8}
          className="z-50 min-w-56 rounded-xl border border-border bg-surface p-1 text-foreground shadow-lg"
        >
          <div className="px-2 py-1.5">
            <p className="truncate text-sm font-medium">{user.fullName}</p>
            <p className="truncate text-xs text-muted">@{user.username}</p>
          </div>
          <DropdownMenu.Separator className="my-1 h-px bg-border" />
          <DropdownMenu.Item asChild className={itemClasses}>
            <Link href="/settings">
              <Settings className="size-4" aria-hidden /> Settings
            </Link>
          </DropdownMenu.Item>
          {user.role === "ADMIN" && (
            <DropdownMenu.Item asChild className={itemClasses}>
              <Link href="/admin">
                <Shield className="size-4" aria-hidden /> Admin
              </Link>
            </DropdownMenu.Item>
          )}
          <DropdownMenu.Separator className="my-1 h-px bg-border" />
          {/* Sign-out is a POST (a form), never a link: a GET must not end a session. */}
          <form action={signOutAction}>
            <DropdownMenu.Item asChild className={itemClasses} onSelect={(event) => event.preventDefault()}>
              <button type="submit">
                <LogOut className="size-4" aria-hidden /> Sign out
              </button>
            </DropdownMenu.Item>
          </form>
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  );
}
