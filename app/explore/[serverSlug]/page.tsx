import { notFound, redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/session";
import { publicServer } from "@/lib/public/servers";

/** /explore/<server> opens its first channel: read-only for visitors, in the app when signed in. */
export default async function PublicServerPage({ params }: { params: Promise<{ serverSlug: string }> }) {
  const { serverSlug } = await params;
  if (await getCurrentUser()) redirect(`/s/${encodeURIComponent(serverSlug)}`);
  const server = await publicServer(serverSlug);
  const first = server?.channels[0];
  if (!server || !first) notFound();
  redirect(`/explore/${server.slug}/${first.slug}`);
}
