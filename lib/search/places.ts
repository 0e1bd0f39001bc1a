import "server-only";
import { db } from "@/lib/db";
import { threadTitle } from "@/lib/threads/title";

/** Where a result was said: a server's channel or a direct thread, with what links to it. */
export type SearchPlace =
  | { kind: "channel"; serverName: string; serverSlug: string; channelName: string; channelSlug: string }
  | { kind: "thread"; threadId: string; title: string };

export async function placesOf(viewerId: string, conversationIds: string[]): Promise<Map<string, SearchPlace>> {
  const [channels, threads] = await Promise.all([
    db.channel.findMany({
      where: { conversationId: { in: conversationIds } },
      select: { conversationId: true, name: true, slug: true, server: { select: { name: true, slug: true } } },
    }),
    db.thread.findMany({
      where: { conversationId: { in: conversationIds } },
      select: { id: true, conversationId: true, title: true, participants: { where: { userId: { not: viewerId } }, orderBy: { joinedAt: "asc" }, select: { user: { select: { fullName: true } } } } },
    }),
  ]);
  const places = new Map<string, SearchPlace>();
  for (const c of channels) places.set(c.conversationId, { kind: "channel", serverName: c.server.name, serverSlug: c.server.slug, channelName: c.name, channelSlug: c.slug });
  for (const t of threads) places.set(t.conversationId, { kind: "thread", threadId: t.id, title: threadTitle(t.title, t.participants.map((p) => p.user)) });
  return places;
}
