import "server-only";
import { channelOpenWhere } from "@/lib/access/channel-read";
import { db } from "@/lib/db";

/** The latest message of each of the most recently active channels the user may read in their servers. */
export async function recentServerActivity(userId: string, limit = 6) {
  const channels = await db.channel.findMany({
    where: { server: { members: { some: { userId, banned: false } } }, ...channelOpenWhere(userId), conversation: { lastMessageAt: { not: null } } },
    orderBy: { conversation: { lastMessageAt: "desc" } },
    take: limit,
    select: {
      name: true,
      slug: true,
      server: { select: { name: true, slug: true, icon: true } },
      conversation: {
        select: {
          lastMessageAt: true,
          messages: {
            where: { deletedAt: null, hiddenFor: { none: { userId } } },
            orderBy: { seq: "desc" },
            take: 1,
            select: { id: true, body: true, createdAt: true, author: { select: { fullName: true, image: true } } },
          },
        },
      },
    },
  });
  return channels.flatMap(({ conversation, ...channel }) => {
    const message = conversation.messages[0];
    return message ? [{ ...channel, message }] : [];
  });
}

/** Popular public servers the user hasn't joined (and isn't banned from). */
export function suggestedServers(userId: string, limit = 6) {
  return db.server.findMany({
    where: { visibility: "PUBLIC", members: { none: { userId } } },
    orderBy: [{ memberCount: "desc" }, { id: "asc" }],
    take: limit,
    select: { id: true, slug: true, name: true, description: true, icon: true, memberCount: true, category: { select: { name: true } } },
  });
}
