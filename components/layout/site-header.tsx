import Link from "next/link";
import { Logo } from "@/components/layout/logo";
import { SignInHere } from "@/components/layout/sign-in-here";
import { ThemeToggle } from "@/components/layout/theme-toggle";
import { Button } from "@/components/ui/button";

/**
 * The header of pages open to everyone: the logo, and the way in (or back to the app when
 * `signedIn`). `returnTo`: where signing in comes back to ("here": the page on screen, in a layout).
 */
export function SiteHeader({ signedIn = false, returnTo, className }: { signedIn?: boolean; returnTo?: string; className?: string }) {
  const signIn = returnTo ? `/signin?callbackUrl=${encodeURIComponent(returnTo)}` : "/signin";
  return (
    <header className={className ?? "mx-auto flex h-16 w-full max-w-6xl shrink-0 items-center gap-2 px-4"}>
      <Link href="/" aria-label="Chatsphere home">
        <span className="sm:hidden">
          <Logo compact />
        </span>
        <span className="hidden sm:inline">
          <Logo />
        </span>
      </Link>
      <div className="ml-auto flex items-center gap-1 whitespace-nowrap sm:gap-2">
        <ThemeToggle />
        {signedIn ? (
          <Button asChild>
            <Link href="/home">Open Chatsphere</Link>
          </Button>
        ) : (
          <>
            {returnTo === "here" ? (
              <SignInHere />
            ) : (
              <Button asChild variant="ghost">
                <Link href={signIn}>Sign in</Link>
              </Button>
            )}
            <Button asChild>
              <Link href="/signup">Get started</Link>
            </Button>
          </>
        )}
      </div>
    </header>
  );
}
