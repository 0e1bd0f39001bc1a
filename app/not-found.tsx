import Link from "next/link";
import { Button } from "@/components/ui/button";

export default function NotFound() {
  return (
    <main className="flex min-h-dvh flex-col items-center justify-center gap-3 px-4 text-center">
      <p className="text-sm font-semibold text-accent">404</p>
      <h1 className="text-2xl font-semibold">This page doesn&apos;t exist</h1>
      <p className="max-w-sm text-muted">It may have been moved or deleted, or you may not have access to it.</p>
      <Button asChild className="mt-2">
        <Link href="/home">Back to Chatsphere</Link>
      </Button>
    </main>
  );
}
