import { Skeleton } from "@/components/ui/skeleton";

/** The loading state of a list page: header, filter bar and table rows at their final size. */
export function ListSkeleton({ rows = 10, filters = true }: { rows?: number; filters?: boolean }) {
  return (
    <div aria-busy aria-label="Loading">
      <Skeleton className="mb-2 h-8 w-40" />
      <Skeleton className="mb-6 h-4 w-80 max-w-full" />
      {filters && <Skeleton className="mb-4 h-10 w-full" />}
      <div className="overflow-hidden rounded-xl border border-border">
        <Skeleton className="h-9 rounded-none" />
        {Array.from({ length: rows }, (_, i) => (
          <div key={i} className="flex items-center gap-3 border-t border-border px-3 py-2.5">
            <Skeleton className="size-8 rounded-full" />
            <Skeleton className="h-4 flex-1" />
            <Skeleton className="hidden h-4 w-24 sm:block" />
          </div>
        ))}
      </div>
    </div>
  );
}
