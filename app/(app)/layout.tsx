import { VerifyEmailBanner } from "@/components/auth/verify-email-banner";
import { Heartbeat } from "@/components/chat/heartbeat";
import { AppHeader } from "@/components/layout/app-header";
import { SessionWatcher } from "@/components/layout/session-watcher";
import { Sidebar } from "@/components/layout/sidebar";
import { RealtimeProvider } from "@/components/realtime/realtime-provider";
import { requireUser } from "@/lib/auth/session";
import { realtimeClientConfig } from "@/lib/realtime/config";

/** The signed-in app: header, realtime connection, the sidebar (servers, threads) and the page. */
export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const user = await requireUser();
  return (
    <RealtimeProvider config={realtimeClientConfig()}>
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
    </RealtimeProvider>
  );
}
