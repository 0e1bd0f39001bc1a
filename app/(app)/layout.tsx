import { AppShell } from "@/components/layout/app-shell";
import { requireUser } from "@/lib/auth/session";

/** The signed-in app: every page here needs a session. */
export default async function AppLayout({ children }: { children: React.ReactNode }) {
  return <AppShell user={await requireUser()}>{children}</AppShell>;
}
