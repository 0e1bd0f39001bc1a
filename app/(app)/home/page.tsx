import type { Metadata } from "next";
import { FirstSteps } from "@/components/home/first-steps";
import { HomeSection } from "@/components/home/home-section";
import { RecentActivity } from "@/components/home/recent-activity";
import { RecentThreads } from "@/components/home/recent-threads";
import { SuggestedServers } from "@/components/home/suggested-servers";
import { YourServers } from "@/components/home/your-servers";
import { MarkAllReadButton } from "@/components/unread/mark-all-read-button";
import { requireUser } from "@/lib/auth/session";
import { recentServerActivity, suggestedServers } from "@/lib/home/queries";
import { listRecentThreads, listUserServers } from "@/lib/navigation/queries";
import { listCategories } from "@/lib/servers/queries";

export const metadata: Metadata = { title: "Home" };

/** The feed after sign-in: your servers, direct messages, what happened, and where to go next. */
export default async function HomePage() {
  const user = await requireUser();
  const [servers, threads, activity, suggestions, categories] = await Promise.all([
    listUserServers(user.id),
    listRecentThreads(user.id),
    recentServerActivity(user.id),
    suggestedServers(user.id),
    listCategories(),
  ]);
  const firstTime = servers.length === 0 && threads.length === 0;
  const canJoin = user.emailVerifiedAt !== null;

  return (
    <main className="min-h-0 flex-1 overflow-y-auto">
      <div className="mx-auto w-full max-w-5xl space-y-8 p-4 sm:p-6">
        <div className="flex flex-wrap items-start justify-between gap-3">
          <div>
            <h1 className="text-2xl font-semibold">
              {firstTime ? "Welcome" : "Welcome back"}, {user.fullName.split(" ")[0]}
            </h1>
            <p className="mt-1 text-sm text-muted">{firstTime ? "You're all set up. Here's how to start." : "Here's what's new."}</p>
          </div>
          <MarkAllReadButton />
        </div>
        {firstTime && <FirstSteps categories={categories} canCreate={canJoin} />}
        {servers.length > 0 && (
          <HomeSection title="Your servers">
            <YourServers servers={servers} />
          </HomeSection>
        )}
        {(threads.length > 0 || activity.length > 0) && (
          <div className="grid gap-8 lg:grid-cols-2">
            {threads.length > 0 && (
              <HomeSection title="Direct messages" href="/t/new" linkLabel="New message">
                <RecentThreads threads={threads.slice(0, 5)} />
              </HomeSection>
            )}
            {activity.length > 0 && (
              <HomeSection title="Recent activity">
                <RecentActivity items={activity} />
              </HomeSection>
            )}
          </div>
        )}
        {suggestions.length > 0 && (
          <HomeSection title={firstTime ? "Popular servers to join" : "Suggested for you"} href="/explore" linkLabel="Explore all">
            <SuggestedServers servers={suggestions} canJoin={canJoin} />
          </HomeSection>
        )}
      </div>
    </main>
  );
}
