import type { Metadata } from "next";
import Link from "next/link";
import { ArrowLeft } from "lucide-react";
import { MessageRequestList } from "@/components/requests/message-request-list";
import { requireUser } from "@/lib/auth/session";
import { listMessageRequests } from "@/lib/requests/requests";

export const metadata: Metadata = { title: "Message requests" };

/** The message requests waiting for the viewer: each opens the thread to read, accept, ignore or block. */
export default async function MessageRequestsPage() {
  const user = await requireUser();
  const requests = await listMessageRequests(user.id);
  return (
    <main className="flex min-h-0 min-w-0 flex-1 flex-col">
      <div className="flex h-12 shrink-0 items-center gap-2 border-b border-border px-4">
        <Link href="/t" className="-ml-1 rounded-md p-1.5 text-muted hover:bg-surface-muted hover:text-foreground md:hidden" aria-label="All conversations">
          <ArrowLeft className="size-5" aria-hidden />
        </Link>
        <h1 className="text-base font-semibold">Message requests</h1>
      </div>
      <div className="min-h-0 flex-1 overflow-y-auto p-4">
        <p className="mb-4 max-w-prose text-sm text-muted">
          First messages from people you share no server or conversation with (or who your settings keep out). Open one to read it: they aren&apos;t told until you accept.
        </p>
        <MessageRequestList requests={requests} />
      </div>
    </main>
  );
}
