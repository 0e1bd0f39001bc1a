import "server-only";
import type { Prisma } from "@/lib/db";
import { db } from "@/lib/db";
import { decodeCursor, encodeCursor } from "@/lib/cursor";
import type { MessageListParams } from "@/lib/zod/admin";

export const MESSAGES_PAGE_SIZE = 50;

const messageFields = {
  id: true,
  body: true,
  createdAt: true,
  editedAt: true,
  author: { select: { id: true, username: true, fullName: true, image: true } },
  conversation: {
    select: { channel: { select: { id: true, name: true, slug: true, server: { select: { id: true, name: true, slug: true } } } } },
  },
} as const;

type Row = Prisma.MessageGetPayload<{ select: typeof messageFields }>;
export type ModerationMessage = Omit<Row, "conversation"> & {
  channel: { id: string; name: string; slug: string };
  server: { id: string; name: string; slug: string };
};

/** Channel messages that are not deleted, newest first, filtered by server, channel, author and text. */
export async function listRecentMessages(params: MessageListParams): Promise<{ messages: ModerationMessage[]; nextCursor: string | null }> {
  const cursor = decodeCursor(params.before);
  const author = params.author.replace(/^@/, "").toLowerCase();
  const rows = await db.message.findMany({
    where: {
      deletedAt: null,
      conversation: {
        channel: {
          is: {
            ...(params.server ? { serverId: params.server } : {}),
            ...(params.channel ? { id: params.channel } : {}),
          },
        },
      },
      ...(author ? { author: { username: author } } : {}),
      ...(params.q ? { body: { contains: params.q, mode: "insensitive" } } : {}),
      ...(cursor ? { OR: [{ createdAt: { lt: cursor.at } }, { createdAt: cursor.at, id: { lt: cursor.id } }] } : {}),
    },
    select: messageFields,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: MESSAGES_PAGE_SIZE + 1,
  });
  const messages = rows.slice(0, MESSAGES_PAGE_SIZE).flatMap(({ conversation, ...message }) => {
    const channel = conversation.channel;
    return channel ? [{ ...message, channel: { id: channel.id, name: channel.name, slug: channel.slug }, server: channel.server }] : [];
  });
  const last = rows.length > MESSAGES_PAGE_SIZE ? rows[MESSAGES_PAGE_SIZE - 1] : undefined;
  return { messages, nextCursor: last ? encodeCursor(last.createdAt, last.id) : null };
}

/** The most active servers (plus the chosen one) and the chosen server's channels, for the filters. */
export async function moderationFilterOptions(serverId?: string) {
  const [servers, chosen] = await Promise.all([
    db.server.findMany({ select: { id: true, name: true }, orderBy: [{ lastActivityAt: "desc" }, { id: "asc" }], take: 200 }),
    serverId
      ? db.server.findUnique({
          where: { id: serverId },
          select: { id: true, name: true, channels: { select: { id: true, name: true }, orderBy: { position: "asc" } } },
        })
      : null,
  ]);
  const list = chosen && !servers.some((s) => s.id === chosen.id) ? [{ id: chosen.id, name: chosen.name }, ...servers] : servers;
  return { servers: list.sort((a, b) => a.name.localeCompare(b.name)), channels: chosen?.channels ?? [] };
}
