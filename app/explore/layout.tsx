import { AppShell } from "@/components/layout/app-shell";
import { SiteHeader } from "@/components/layout/site-header";
import { getCurrentUser } from "@/lib/auth/session";

/** Explore and public servers' channels are open to everyone: inside the app when signed in, under a visitor's header when not. */
export default async function ExploreLayout({ children }: { children: React.ReactNode }) {
  const user = await getCurrentUser();
  if (user) return <AppShell user={user}>{children}</AppShell>;
  return (
    <div className="flex h-dvh flex-col">
      <SiteHeader returnTo="here" className="flex h-14 shrink-0 items-center gap-2 border-b border-border bg-surface px-3 sm:px-4" />
      {children}
    </div>
  );
}
