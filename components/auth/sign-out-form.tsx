"use client";

import { useFormStatus } from "react-dom";
import { Button } from "@/components/ui/button";
import { signOutAction } from "@/lib/actions/auth/sign-out";

/** The confirm page's POST: works before the page's scripts load, and shows its pending state after. */
export function SignOutForm() {
  return (
    <form action={signOutAction}>
      <SignOutButton />
    </form>
  );
}

function SignOutButton() {
  const { pending } = useFormStatus();
  return (
    <Button type="submit" className="w-full" pending={pending}>
      Sign out
    </Button>
  );
}
