import "server-only";
import { channelOpenWhere } from "@/lib/access/channel-read";
import { cache } from "react";
import { can, serverAccess, type Actor } from "@/lib/access/server";
import { db } from "@/lib/db";

/** Categories in display order (explore filter, server forms). */
export const listCategories = cache(() =>
  db.category.findMany({ orderBy: [{ position: "asc" }, { name: "asc" }], select: { id: true, name: true, slug: true } }),
);

/**
 * A server as its pages show it, with the channels the viewer may read (and, for members, which are unread), or null
 * when the viewer may not see it: the page then answers 404. Memoised per request.
 */
export const getServerView = cache(async (actor: Actor, slug: string) => {
  const access = await serverAccess(actor, { slug });
  if (!access?.canRead) return null;
  const server = await db.server.findUniqueOrThrow({
    where: { id: access.server.id },
    select: {
      id: true,
      slug: true,
      name: true,
      description: true,
      icon: true,
      visibility: true,
      linkPreviews: true,
      memberCount: true,
      ownerId: true,
      categoryId: true,
      category: { select: { name: true, slug: true } },
      channels: {
        // Those who manage the channels (platform admins too) list them all; reading is conversationAccess's.
        where: can.moderate(access) ? undefined : channelOpenWhere(actor.id),
        orderBy: [{ position: "asc" }, { createdAt: "asc" }],
        select: { id: true, name: true, slug: true, topic: true, slowModeSeconds: true, private: true, conversationId: true, conversation: { select: { lastSeq: true } } },
      },
    },
  });
  const readSeqs = access.role ? await readSeqsFor(actor.id, server.channels.map((c) => c.conversationId)) : new Map<string, number>();
  const channels = server.channels.map(({ conversation, ...channel }) => ({
    ...channel,
    unread: access.role !== null && conversation.lastSeq > (readSeqs.get(channel.conversationId) ?? 0),
  }));
  return { ...server, channels, access };
});

export type ServerView = NonNullable<Awaited<ReturnType<typeof getServerView>>>;

async function readSeqsFor(userId: string, conversationIds: string[]) {
  const receipts = await db.receipt.findMany({ where: { userId, conversationId: { in: conversationIds } }, select: { conversationId: true, readSeq: true } });
  return new Map(receipts.map((r) => [r.conversationId, r.readSeq]));
}
