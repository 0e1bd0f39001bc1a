import type { Metadata } from "next";
import Link from "next/link";
import { MessagesSquare } from "lucide-react";
import { Button } from "@/components/ui/button";

export const metadata: Metadata = { title: "Direct messages" };

/** On wide screens, beside the list: nothing open yet. (On phones the list is the page.) */
export default function ThreadsPage() {
  return (
    <main className="hidden min-w-0 flex-1 flex-col items-center justify-center gap-2 p-6 text-center md:flex">
      <MessagesSquare className="size-10 text-muted" aria-hidden />
      <h2 className="text-lg font-semibold">Your conversations</h2>
      <p className="max-w-xs text-sm text-muted">Pick a conversation on the left, or start a new one with one person or a group of up to ten.</p>
      <Button asChild className="mt-2">
        <Link href="/t/new">New message</Link>
      </Button>
    </main>
  );
}
