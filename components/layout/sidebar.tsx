import { MobileNavProvider } from "@/components/layout/mobile-nav";
import { SidebarRail } from "@/components/layout/sidebar-rail";
import { SidebarThreads } from "@/components/layout/sidebar-threads";
import { ThreadsPanelSlot } from "@/components/layout/threads-panel-slot";
import type { CurrentUser } from "@/lib/auth/session";
import { listRecentThreads, listUserServers } from "@/lib/navigation/queries";
import { countMessageRequests } from "@/lib/requests/requests";
import { listCategories } from "@/lib/servers/queries";

/**
 * The app's navigation around the header and the page: on wide screens a rail of the user's
 * servers and, beside the home page, their direct threads; on phones the same in a drawer (the
 * header's menu button). Thread pages bring their own thread list; server pages add their channel
 * list (app/(app)/s/[serverSlug]/layout.tsx).
 */
export async function Sidebar({ user, header, children }: { user: CurrentUser; header: React.ReactNode; children: React.ReactNode }) {
  const [servers, threads, categories, requests] = await Promise.all([
    listUserServers(user.id),
    listRecentThreads(user.id),
    listCategories(),
    countMessageRequests(user.id),
  ]);
  const rail = <SidebarRail servers={servers} categories={categories} canCreate={user.emailVerifiedAt !== null} />;
  const threadsPanel = <SidebarThreads threads={threads} requests={requests} />;
  return (
    <MobileNavProvider rail={rail} defaultPanel={threadsPanel}>
      {header}
      <div className="flex min-h-0 flex-1">
        <div className="hidden md:flex">{rail}</div>
        <ThreadsPanelSlot userId={user.id}>{threadsPanel}</ThreadsPanelSlot>
        {children}
      </div>
    </MobileNavProvider>
  );
}
