import { MessagesSkeleton } from "@/components/chat/message-list";
import { Skeleton } from "@/components/ui/skeleton";

export default function ThreadLoading() {
  return (
    <main className="flex min-h-0 min-w-0 flex-1 flex-col" aria-busy="true" aria-label="Loading conversation">
      <div className="flex h-14 shrink-0 items-center gap-3 border-b border-border bg-surface px-4">
        <Skeleton className="size-8 rounded-full" />
        <div className="space-y-1.5">
          <Skeleton className="h-3.5 w-32" />
          <Skeleton className="h-3 w-20" />
        </div>
      </div>
      <MessagesSkeleton />
      <div className="h-5" />
      <div className="border-t border-border bg-surface px-4 py-3">
        <Skeleton className="h-10 w-full rounded-lg" />
      </div>
    </main>
  );
}
