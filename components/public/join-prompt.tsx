import Link from "next/link";
import { Button } from "@/components/ui/button";

/** Where a member's composer would be: a visitor reads only, and signs in to join (coming back to this channel). */
export function JoinPrompt({ serverName, returnTo }: { serverName: string; returnTo: string }) {
  return (
    <div role="region" aria-label="Join" className="flex shrink-0 flex-wrap items-center gap-x-3 gap-y-2 border-t border-border bg-surface px-4 py-3">
      <p className="min-w-0 flex-[1_1_16rem] text-sm">
        You&apos;re reading <strong>{serverName}</strong> as a guest. Sign in to join the conversation, post and see new messages as they arrive.
      </p>
      <div className="flex shrink-0 gap-2">
        <Button asChild variant="secondary">
          <Link href="/signup">Create an account</Link>
        </Button>
        <Button asChild>
          <Link href={`/signin?callbackUrl=${encodeURIComponent(returnTo)}`}>Sign in to join</Link>
        </Button>
      </div>
    </div>
  );
}
