import type { Metadata } from "next";
import { NewThreadForm } from "@/components/threads/new-thread-form";
import { requireUser } from "@/lib/auth/session";

export const metadata: Metadata = { title: "New message" };

export default async function NewThreadPage() {
  const user = await requireUser();
  return (
    <main className="flex min-h-0 min-w-0 flex-1 flex-col overflow-y-auto bg-background">
      <NewThreadForm verified={user.emailVerifiedAt !== null} />
    </main>
  );
}
