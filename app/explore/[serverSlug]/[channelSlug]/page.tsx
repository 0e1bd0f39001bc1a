import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { Hash } from "lucide-react";
import { JoinPrompt } from "@/components/public/join-prompt";
import { PublicChannelView } from "@/components/public/public-channel-view";
import { getCurrentUser } from "@/lib/auth/session";
import { publicMessages } from "@/lib/public/messages";
import { publicServer } from "@/lib/public/servers";
import { readerClock } from "@/lib/time/reader-clock";

type Props = { params: Promise<{ serverSlug: string; channelSlug: string }> };

async function load({ params }: Props) {
  const { serverSlug, channelSlug } = await params;
  const server = await publicServer(serverSlug);
  return { serverSlug, channelSlug, server, channel: server?.channels.find((c) => c.slug === channelSlug) };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { server, channel } = await load(props);
  return { title: server && channel ? `#${channel.name} · ${server.name}` : "Channel" };
}

/**
 * A public server's channel for a signed-out visitor: its messages, read-only, and a prompt to
 * sign in and join. Signed in, the same address opens the channel in the app.
 */
export default async function PublicChannelPage(props: Props) {
  const { serverSlug, channelSlug, server, channel } = await load(props);
  const inApp = `/s/${encodeURIComponent(serverSlug)}/${encodeURIComponent(channelSlug)}`;
  if (await getCurrentUser()) redirect(inApp);
  if (!server || !channel) notFound();
  const [firstPage, clock] = await Promise.all([publicMessages(null, channel.conversationId), readerClock()]);

  return (
    <main className="flex min-h-0 flex-1 flex-col">
      <header className="flex h-12 shrink-0 items-center gap-2 border-b border-border bg-surface px-3 sm:px-4">
        <Hash className="size-5 shrink-0 text-muted" aria-hidden />
        <h1 className="shrink-0 font-semibold">{channel.name}</h1>
        {channel.topic && <p className="hidden min-w-0 truncate border-l border-border pl-2 text-sm text-muted sm:block">{channel.topic}</p>}
      </header>
      <PublicChannelView key={channel.conversationId} conversationId={channel.conversationId} title={`#${channel.name}`} firstPage={firstPage} clock={clock} />
      <JoinPrompt serverName={server.name} returnTo={`/s/${server.slug}/${channel.slug}`} />
    </main>
  );
}
