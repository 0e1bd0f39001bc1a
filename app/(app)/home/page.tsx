import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Home" };

export default async function HomePage() {
  const user = await requireUser();
  return (
    <main className="mx-auto w-full max-w-4xl overflow-y-auto p-6">
      <h1 className="text-2xl font-semibold">Welcome, {user.fullName.split(" ")[0]}</h1>
      <p className="mt-1 text-muted">Your servers and conversations will appear here.</p>
    </main>
  );
}
