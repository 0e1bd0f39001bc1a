import "server-only";
import type { Actor } from "@/lib/access/conversation";
import { publicChannelAccess } from "@/lib/access/public";
import { db, type Prisma } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { attachmentKind } from "@/lib/files/limits";
import { PAGE_SIZE } from "@/lib/messages/limits";
import { toQuote } from "@/lib/messages/payload";
import type { PublicMessage, PublicMessagesPage } from "@/lib/public/message";

const publicSelect = {
  id: true,
  seq: true,
  body: true,
  createdAt: true,
  editedAt: true,
  broadcast: true,
  author: { select: { id: true, username: true, fullName: true, image: true } },
  replyTo: { select: { id: true, seq: true, body: true, deletedAt: true, author: { select: { id: true, fullName: true } } } },
  mentions: { select: { user: { select: { id: true, username: true } } } },
  attachments: { select: { name: true, contentType: true }, orderBy: { position: "asc" } },
} as const;

/**
 * A page of a public channel's messages as anyone may read it (publicChannelAccess): the newest
 * `PAGE_SIZE`, or those just older than seq `before`, oldest first. Messages deleted for everyone
 * are left out altogether. "Not found" for anything that isn't a public channel.
 */
export async function publicMessages(viewer: Actor | null, conversationId: string, { before }: { before?: number } = {}): Promise<PublicMessagesPage> {
  if (!(await publicChannelAccess(viewer, conversationId))) throw notFound("Conversation");
  const rows = await db.message.findMany({
    where: { conversationId, deletedAt: null, ...(before === undefined ? {} : { seq: { lt: before } }) },
    orderBy: { seq: "desc" },
    take: PAGE_SIZE + 1,
    select: publicSelect,
  });
  const page = rows.slice(0, PAGE_SIZE).reverse();
  const reactions = await reactionCounts(page.map((m) => m.id));
  return { messages: page.map((row) => toPublicMessage(row, reactions.get(row.id))), hasOlder: rows.length > PAGE_SIZE };
}

type Row = Prisma.MessageGetPayload<{ select: typeof publicSelect }>;

function toPublicMessage(row: Row, reactions: PublicMessage["reactions"]): PublicMessage {
  return {
    id: row.id,
    seq: row.seq,
    author: row.author,
    body: row.body,
    createdAt: row.createdAt.toISOString(),
    editedAt: row.editedAt?.toISOString() ?? null,
    ...(row.replyTo ? { replyTo: toQuote(row.replyTo) } : {}),
    ...(row.mentions.length > 0 ? { mentions: row.mentions.map((m) => m.user) } : {}),
    ...(row.broadcast ? { broadcast: row.broadcast === "HERE" ? ("here" as const) : ("everyone" as const) } : {}),
    ...(row.attachments.length > 0 ? { attachments: row.attachments.map((a) => ({ name: a.name, kind: attachmentKind(a.contentType) })) } : {}),
    ...(reactions ? { reactions } : {}),
  };
}

/** How many reacted with what, in the order first used: counts only, never who. */
async function reactionCounts(messageIds: string[]): Promise<Map<string, { emoji: string; count: number }[]>> {
  const result = new Map<string, { emoji: string; count: number }[]>();
  if (messageIds.length === 0) return result;
  const rows = await db.$queryRaw<{ messageId: string; emoji: string; count: number }[]>`
    SELECT "messageId", "emoji", count(*)::int AS "count"
    FROM "Reaction" WHERE "messageId" = ANY(${messageIds})
    GROUP BY "messageId", "emoji"
    ORDER BY "messageId", min("createdAt"), "emoji"`;
  for (const { messageId, emoji, count } of rows) result.set(messageId, [...(result.get(messageId) ?? []), { emoji, count }]);
  return result;
}
