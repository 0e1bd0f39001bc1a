import Link from "next/link";
import { Button } from "@/components/ui/button";
import { cn } from "@/lib/utils";

/** What a 404 says, on its own page or inside the app's shell. */
export function NotFoundMessage({ className }: { className?: string }) {
  return (
    <main className={cn("flex flex-col items-center justify-center gap-3 px-4 text-center", className)}>
      <p className="text-sm font-semibold text-accent">404</p>
      <h1 className="text-2xl font-semibold">This page doesn&apos;t exist</h1>
      <p className="max-w-sm text-muted">It may have been moved or deleted, or you may not have access to it.</p>
      <Button asChild className="mt-2">
        <Link href="/home">Back to Chatsphere</Link>
      </Button>
    </main>
  );
}
