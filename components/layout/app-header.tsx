import Link from "next/link";
import { Logo } from "@/components/layout/logo";
import { MobileNavTrigger } from "@/components/layout/mobile-nav";
import { SearchLauncher } from "@/components/search/search-launcher";
import { ThemeToggle } from "@/components/layout/theme-toggle";
import { UserMenu } from "@/components/layout/user-menu";
import type { CurrentUser } from "@/lib/auth/session";

export function AppHeader({ user }: { user: CurrentUser }) {
  return (
    <header className="flex h-14 shrink-0 items-center gap-3 border-b border-border bg-surface px-3 sm:px-4">
      <MobileNavTrigger />
      <Link href="/home" aria-label="Chatsphere home">
        <Logo />
      </Link>
      <nav aria-label="Main" className="ml-2 hidden items-center gap-1 text-sm sm:flex">
        <Link href="/home" className="rounded-md px-2.5 py-1.5 text-muted hover:bg-surface-muted hover:text-foreground">
          Home
        </Link>
        <Link href="/explore" className="rounded-md px-2.5 py-1.5 text-muted hover:bg-surface-muted hover:text-foreground">
          Explore
        </Link>
        <Link href="/t" className="rounded-md px-2.5 py-1.5 text-muted hover:bg-surface-muted hover:text-foreground">
          Messages
        </Link>
        <Link href="/activity" className="rounded-md px-2.5 py-1.5 text-muted hover:bg-surface-muted hover:text-foreground">
          Activity
        </Link>
      </nav>
      <div className="ml-auto flex items-center gap-1">
        <SearchLauncher />
        <ThemeToggle />
        <UserMenu user={user} />
      </div>
    </header>
  );
}
