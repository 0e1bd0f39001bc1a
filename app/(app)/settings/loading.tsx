import { Card } from "@/components/ui/card";
import { Skeleton } from "@/components/ui/skeleton";

// The settings page's shape while it loads: the title and four section cards.
const sectionHeights = ["h-64", "h-48", "h-56", "h-36"];

export default function SettingsLoading() {
  return (
    <main className="flex-1 overflow-y-auto" aria-busy>
      <div className="mx-auto max-w-2xl space-y-6 px-4 py-6 sm:px-6">
        <Skeleton className="h-8 w-32" />
        {sectionHeights.map((height) => (
          <Card key={height} className={`p-5 sm:p-6 ${height}`}>
            <Skeleton className="h-5 w-36" />
            <Skeleton className="mt-2 h-4 w-64 max-w-full" />
          </Card>
        ))}
      </div>
    </main>
  );
}
