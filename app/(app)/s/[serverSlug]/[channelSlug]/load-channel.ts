import { notFound } from "next/navigation";
import { cache } from "react";
import { conversationAccess } from "@/lib/access/conversation";
import { requireUser } from "@/lib/auth/session";
import { getServerView } from "@/lib/servers/queries";

/**
 * The channel the viewer may see, once per request (layout, metadata and page), or notFound().
 * A private channel is listed to everyone who manages it (platform admins too), but read only by
 * its readers: for anyone else it is not found either.
 */
export const loadChannel = cache(async (serverSlug: string, channelSlug: string) => {
  const user = await requireUser();
  const server = await getServerView(user, serverSlug);
  const channel = server?.channels.find((c) => c.slug === channelSlug);
  if (!server || !channel) notFound();
  if (channel.private && !(await conversationAccess(user, channel.conversationId))) notFound();
  return { user, server, channel };
});
