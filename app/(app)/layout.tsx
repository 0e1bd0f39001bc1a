import { AppHeader } from "@/components/layout/app-header";
import { SessionWatcher } from "@/components/layout/session-watcher";
import { RealtimeProvider } from "@/components/realtime/realtime-provider";
import { requireUser } from "@/lib/auth/session";
import { realtimeClientConfig } from "@/lib/realtime/config";

/** The signed-in app: header, realtime connection, and the page (which renders its own sidebar). */
export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const user = await requireUser();
  return (
    <RealtimeProvider config={realtimeClientConfig()}>
      <SessionWatcher userId={user.id} />
      <div className="flex h-dvh flex-col">
        <AppHeader user={user} />
        <div className="flex min-h-0 flex-1">{children}</div>
      </div>
    </RealtimeProvider>
  );
}
