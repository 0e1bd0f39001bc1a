import { Skeleton } from "@/components/ui/skeleton";

export default function ExploreLoading() {
  return (
    <main className="min-h-0 flex-1 overflow-y-auto" aria-busy>
      <div className="mx-auto w-full max-w-6xl space-y-5 p-4 sm:p-6">
        <div>
          <Skeleton className="h-8 w-56" />
          <Skeleton className="mt-2 h-5 w-80 max-w-full" />
        </div>
        <Skeleton className="h-10 w-full" />
        <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {Array.from({ length: 6 }, (_, i) => (
            <Skeleton key={i} className="h-56 rounded-xl" />
          ))}
        </div>
      </div>
    </main>
  );
}
