import type { Metadata } from "next";
import Link from "next/link";
import { Compass, SearchX } from "lucide-react";
import { ExploreFilters } from "@/components/explore/explore-filters";
import { ServerCard } from "@/components/explore/server-card";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { getCurrentUser } from "@/lib/auth/session";
import { exploreServers } from "@/lib/servers/explore";
import { listCategories } from "@/lib/servers/queries";
import { exploreHref, exploreQuerySchema } from "@/lib/zod/explore";

export const metadata: Metadata = { title: "Explore" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function ExplorePage({ searchParams }: { searchParams: SearchParams }) {
  const user = await getCurrentUser();
  const raw = await searchParams;
  const query = exploreQuerySchema.parse(Object.fromEntries(Object.entries(raw).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value])));
  const [categories, { servers, nextCursor, correctedQ }] = await Promise.all([listCategories(), exploreServers(user?.id ?? null, query)]);
  const category = categories.find((c) => c.slug === query.category);
  const filtered = Boolean(query.q || query.category);

  return (
    <main className="min-h-0 flex-1 overflow-y-auto">
      <div className="mx-auto w-full max-w-6xl space-y-5 p-4 sm:p-6">
        <div>
          <h1 className="flex items-center gap-2 text-2xl font-semibold">
            <Compass className="size-6 text-accent" aria-hidden /> Explore servers
          </h1>
          <p className="mt-1 text-sm text-muted">Public communities you can read right away and join in one click.</p>
        </div>
        <ExploreFilters query={query} categories={categories} />
        {servers.length === 0 ? (
          <EmptyState
            icon={SearchX}
            title={query.cursor ? "No more servers" : filtered ? "No servers match" : "No public servers yet"}
            description={
              filtered
                ? `Nothing${query.q ? ` for “${query.q}”` : ""}${category ? ` in ${category.name}` : ""}. Try other words, or clear the filters.`
                : user
                  ? "Be the first: create a server with + in the sidebar."
                  : "Sign up and be the first to create one."
            }
            action={
              filtered || query.cursor ? (
                <Button asChild variant="secondary">
                  <Link href="/explore">Clear filters</Link>
                </Button>
              ) : undefined
            }
          />
        ) : (
          <>
            {correctedQ && (
              <p className="text-sm text-muted">
                Showing results for <em className="font-semibold not-italic text-foreground">{correctedQ}</em> instead of “{query.q}”.
              </p>
            )}
            <p className="sr-only" role="status">
              {servers.length === 1 ? "1 server shown" : `${servers.length} servers shown`}
            </p>
            <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
              {servers.map((server) => (
                <li key={server.id} className="grid">
                  <ServerCard server={server} viewer={!user ? "visitor" : user.emailVerifiedAt ? "verified" : "unverified"} />
                </li>
              ))}
            </ul>
          </>
        )}
        {(query.cursor || nextCursor) && (
          <nav aria-label="Pages" className="flex items-center justify-between gap-2">
            {query.cursor ? (
              <Button asChild variant="ghost">
                <Link href={exploreHref({ ...query, cursor: undefined })}>Back to the first page</Link>
              </Button>
            ) : (
              <span />
            )}
            {nextCursor && (
              <Button asChild variant="secondary">
                <Link href={exploreHref({ ...query, q: correctedQ ?? query.q, cursor: nextCursor })}>Next page</Link>
              </Button>
            )}
          </nav>
        )}
      </div>
    </main>
  );
}
