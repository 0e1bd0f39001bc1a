import { notFound, redirect } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { getServerView } from "@/lib/servers/queries";

/** /s/<server> opens its first channel. */
export default async function ServerPage({ params }: { params: Promise<{ serverSlug: string }> }) {
  const server = await getServerView(await requireUser(), (await params).serverSlug);
  const first = server?.channels[0];
  if (!server || !first) notFound();
  redirect(`/s/${server.slug}/${first.slug}`);
}
