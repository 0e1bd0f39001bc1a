import { Skeleton } from "@/components/ui/skeleton";

export default function ChannelLoading() {
  return (
    <div className="flex min-h-0 flex-1 flex-col" aria-busy>
      <div className="flex h-12 shrink-0 items-center gap-2 border-b border-border bg-surface px-4">
        <Skeleton className="h-5 w-40" />
      </div>
      <div className="flex-1 space-y-4 p-4">
        {Array.from({ length: 5 }, (_, i) => (
          <div key={i} className="flex gap-3">
            <Skeleton className="size-9 rounded-full" />
            <div className="flex-1 space-y-2">
              <Skeleton className="h-4 w-32" />
              <Skeleton className="h-4 w-3/4" />
            </div>
          </div>
        ))}
      </div>
    </div>
  );
}
