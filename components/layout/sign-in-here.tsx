"use client";

import Link from "next/link";
import { usePathname, useSearchParams } from "next/navigation";
import { Button } from "@/components/ui/button";

/** "Sign in", coming back to the page it was clicked on (a layout's header outlives its pages, so it reads the address here). */
export function SignInHere() {
  const pathname = usePathname();
  const search = useSearchParams().toString();
  const returnTo = search ? `${pathname}?${search}` : pathname;
  return (
    <Button asChild variant="ghost">
      <Link href={`/signin?callbackUrl=${encodeURIComponent(returnTo)}`}>Sign in</Link>
    </Button>
  );
}
