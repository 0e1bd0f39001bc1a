import { notFound } from "next/navigation";
import { PublicChannelNav } from "@/components/public/public-channel-nav";
import { getCurrentUser } from "@/lib/auth/session";
import { publicServer } from "@/lib/public/servers";

type Props = { params: Promise<{ serverSlug: string }>; children: React.ReactNode };

/** A public server read by a signed-out visitor: its channels beside (on phones: above) the page. Signed in, the pages send you to the app. */
export default async function PublicServerLayout({ params, children }: Props) {
  if (await getCurrentUser()) return children;
  const server = await publicServer((await params).serverSlug);
  if (!server) notFound();
  return (
    <div className="flex min-h-0 flex-1 flex-col md:flex-row">
      <PublicChannelNav server={server} />
      <div className="flex min-h-0 min-w-0 flex-1 flex-col">{children}</div>
    </div>
  );
}
