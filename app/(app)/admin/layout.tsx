import type { Metadata } from "next";
import { AdminNav } from "@/components/admin/admin-nav";
import { requireAdminPage } from "@/lib/admin/guard";

export const metadata: Metadata = { title: { template: "%s · Admin · Chatsphere", default: "Admin · Chatsphere" } };

/** Admins only: everyone else gets the 404 page, as if /admin did not exist. Pages check again. */
export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  await requireAdminPage();
  return (
    <div className="flex min-h-0 min-w-0 flex-1 flex-col md:flex-row">
      <AdminNav />
      <main className="min-w-0 flex-1 overflow-y-auto">
        <div className="mx-auto w-full max-w-6xl px-4 py-6 sm:px-6">{children}</div>
      </main>
    </div>
  );
}
