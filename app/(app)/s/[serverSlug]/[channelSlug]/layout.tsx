import { loadChannel } from "./load-channel";

/**
 * Checks access before the page's loading state streams: a channel the viewer can't see (a private
 * one they are not in, one that doesn't exist) answers a real 404 status, not a 200 with a not-found page.
 */
export default async function ChannelLayout({ params, children }: LayoutProps<"/s/[serverSlug]/[channelSlug]">) {
  const { serverSlug, channelSlug } = await params;
  await loadChannel(serverSlug, channelSlug);
  return children;
}
