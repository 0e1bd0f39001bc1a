import { VerifyEmailBanner } from "@/components/auth/verify-email-banner";
import { BlockedPeopleProvider } from "@/components/blocks/blocked-people-provider";
import { Heartbeat } from "@/components/chat/heartbeat";
import { AppHeader } from "@/components/layout/app-header";
import { SessionWatcher } from "@/components/layout/session-watcher";
import { Sidebar } from "@/components/layout/sidebar";
import { RealtimeProvider } from "@/components/realtime/realtime-provider";
import { UnreadProvider } from "@/components/unread/unread-provider";
import type { CurrentUser } from "@/lib/auth/session";
import { blockedIds } from "@/lib/blocks/blocks";
import { listUserServers } from "@/lib/navigation/queries";
import { realtimeClientConfig } from "@/lib/realtime/config";
import { listNotificationSettings } from "@/lib/unread/notifications";
import { listServerNotificationSettings } from "@/lib/unread/server-notifications";
import { unreadSummary } from "@/lib/unread/summary";

/** The signed-in app around a page: header, realtime connection, live unread state, whom the user blocked, the sidebar (servers, threads). */
export async function AppShell({ user, children }: { user: CurrentUser; children: React.ReactNode }) {
  const [servers, unread, notifications, serverNotifications, blocked] = await Promise.all([
    listUserServers(user.id),
    unreadSummary(user.id),
    listNotificationSettings(user.id),
    listServerNotificationSettings(user.id),
    blockedIds(user.id),
  ]);
  return (
    <RealtimeProvider config={realtimeClientConfig()}>
      <UnreadProvider userId={user.id} serverIds={servers.map((s) => s.id)} initial={unread} initialSettings={notifications} initialServerSettings={serverNotifications}>
        <BlockedPeopleProvider userId={user.id} initial={blocked}>
        <SessionWatcher userId={user.id} />
        <Heartbeat />
        <div className="flex h-dvh flex-col">
          <Sidebar
            user={user}
            header={
              <>
                <AppHeader user={user} />
                {!user.emailVerifiedAt && <VerifyEmailBanner email={user.email} />}
              </>
            }
          >
            {children}
          </Sidebar>
        </div>
        </BlockedPeopleProvider>
      </UnreadProvider>
    </RealtimeProvider>
  );
}
