import { SidebarThreads } from "@/components/layout/sidebar-threads";
import { ThreadsColumn } from "@/components/threads/threads-column";
import { requireUser } from "@/lib/auth/session";
import { listRecentThreads } from "@/lib/navigation/queries";
import { countMessageRequests } from "@/lib/requests/requests";

/** Direct threads: the list, then the open thread (or the "new message" picker). */
export default async function ThreadsLayout({ children }: { children: React.ReactNode }) {
  const user = await requireUser();
  const [threads, requests] = await Promise.all([listRecentThreads(user.id), countMessageRequests(user.id)]);
  return (
    <div className="flex min-h-0 min-w-0 flex-1">
      <ThreadsColumn userId={user.id}>
        <SidebarThreads threads={threads} requests={requests} />
      </ThreadsColumn>
      {children}
    </div>
  );
}
