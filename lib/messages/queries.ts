import { conversationAccess, type Actor, type ConversationAccess } from "@/lib/access/conversation";
import { db } from "@/lib/db";
import { readableConversation } from "@/lib/messages/access";
import { PAGE_SIZE } from "@/lib/messages/limits";
import { PRESENCE_LIST_LIMIT, RECEIPTS_LIMIT, type ConversationSummary, type MessagesPage, type ReceiptView } from "@/lib/messages/page";
import { messageSelect, toPayload } from "@/lib/messages/payload";
import { ONLINE_WINDOW_MS } from "@/lib/messages/presence";
import type { MessagesQuery } from "@/lib/zod/messages";

/** Clocks of serverless instances differ a little: "changes since" looks back this much further. */
const CLOCK_SKEW_MS = 10_000;
const CHANGES_LIMIT = 500;

/**
 * A page of a conversation's messages for `actor` (keyset on seq, never OFFSET):
 *   no cursor: the newest `limit`, plus receipts and who is in the conversation;
 *   before=N:  the `limit` messages just older than seq N (scrolling up);
 *   after=N:   the messages newer than seq N, oldest first (catching up), plus receipts and,
 *              with changedSince, deletions and hides since then.
 */
export async function listMessages(actor: Actor, conversationId: string, query: MessagesQuery): Promise<MessagesPage> {
  return readMessages(actor, await readableConversation(actor, conversationId), query);
}

/** listMessages once the actor's access is known. */
async function readMessages(actor: Actor, access: ConversationAccess, query: MessagesQuery): Promise<MessagesPage> {
  const { conversationId } = access;
  const serverTime = new Date().toISOString();
  const visible = { conversationId, hiddenFor: { none: { userId: actor.id } } };
  const take = query.limit + 1;

  if (query.before !== undefined) {
    const rows = await db.message.findMany({ where: { ...visible, seq: { lt: query.before } }, orderBy: { seq: "desc" }, take, select: messageSelect });
    return { messages: rows.slice(0, query.limit).reverse().map(toPayload), hasOlder: rows.length > query.limit, serverTime };
  }

  // Messages commit in seq order (see sendMessage), so everything up to `head` is readable now.
  const upToHead = <T>(read: (head: number) => Promise<T>) => conversationHead(conversationId).then(async (head) => ({ head, rows: await read(head) }));

  if (query.after === undefined) {
    const [{ head, rows }, receipts, conversation] = await Promise.all([
      upToHead((head) => db.message.findMany({ where: { ...visible, seq: { lte: head } }, orderBy: { seq: "desc" }, take, select: messageSelect })),
      readerReceipts(actor.id, conversationId),
      summary(conversationId, access.kind),
    ]);
    return {
      messages: rows.slice(0, query.limit).reverse().map(toPayload),
      syncedTo: head,
      hasOlder: rows.length > query.limit,
      receipts,
      conversation,
      serverTime,
    };
  }

  const after = query.after;
  const [{ head, rows }, receipts] = await Promise.all([
    upToHead((head) => db.message.findMany({ where: { ...visible, seq: { gt: after, lte: head } }, orderBy: { seq: "asc" }, take, select: messageSelect })),
    readerReceipts(actor.id, conversationId),
  ]);
  const hasNewer = rows.length > query.limit;
  const messages = rows.slice(0, query.limit).map(toPayload);
  const page: MessagesPage = { messages, syncedTo: hasNewer ? messages.at(-1)!.seq : head, hasNewer, receipts, serverTime };
  if (query.changedSince) page.changes = await changesSince(actor.id, conversationId, query.after, new Date(query.changedSince));
  return page;
}

/**
 * The actor's access and the newest page, for a page rendered on the server (the same read as the
 * history API's), or null when the actor may not read the conversation: the page answers 404.
 */
export async function newestPageFor(actor: Actor, conversationId: string): Promise<{ access: ConversationAccess; newestPage: MessagesPage } | null> {
  const access = await conversationAccess(actor, conversationId);
  if (!access) return null;
  return { access, newestPage: await readMessages(actor, access, { limit: PAGE_SIZE }) };
}

async function conversationHead(conversationId: string): Promise<number> {
  const { lastSeq } = await db.conversation.findUniqueOrThrow({ where: { id: conversationId }, select: { lastSeq: true } });
  return lastSeq;
}

/** Deletions (for everyone, and by the actor for themself) of messages up to `upTo` since `since`. */
async function changesSince(userId: string, conversationId: string, upTo: number, since: Date) {
  const from = new Date(since.getTime() - CLOCK_SKEW_MS);
  const [deleted, hidden] = await Promise.all([
    db.message.findMany({
      where: { conversationId, seq: { lte: upTo }, updatedAt: { gt: from }, deletedAt: { not: null } },
      select: { id: true, seq: true },
      take: CHANGES_LIMIT + 1,
    }),
    db.messageHidden.findMany({
      where: { userId, createdAt: { gt: from }, message: { conversationId } },
      select: { messageId: true },
      take: CHANGES_LIMIT + 1,
    }),
  ]);
  return {
    deleted: deleted.slice(0, CHANGES_LIMIT),
    hidden: hidden.slice(0, CHANGES_LIMIT).map((h) => h.messageId),
    truncated: deleted.length > CHANGES_LIMIT || hidden.length > CHANGES_LIMIT,
  };
}

/** The other readers' marks, furthest-read first: exact "seen by" counts up to RECEIPTS_LIMIT. */
async function readerReceipts(viewerId: string, conversationId: string): Promise<ReceiptView[]> {
  const rows = await db.receipt.findMany({
    where: { conversationId, userId: { not: viewerId } },
    orderBy: [{ readSeq: "desc" }, { deliveredSeq: "desc" }],
    take: RECEIPTS_LIMIT,
    select: { userId: true, deliveredSeq: true, readSeq: true, user: { select: { fullName: true } } },
  });
  return rows.map((r) => ({ userId: r.userId, name: r.user.fullName, deliveredSeq: r.deliveredSeq, readSeq: r.readSeq }));
}

async function summary(conversationId: string, kind: "channel" | "thread"): Promise<ConversationSummary> {
  if (kind === "thread") {
    const participants = await db.threadParticipant.findMany({
      where: { thread: { conversationId } },
      orderBy: { joinedAt: "asc" },
      select: { user: { select: { id: true, username: true, fullName: true, image: true, lastSeenAt: true } } },
    });
    return { kind, participants: participants.map(({ user }) => ({ ...user, lastSeenAt: user.lastSeenAt?.toISOString() ?? null })) };
  }
  const { server } = await db.channel.findUniqueOrThrow({ where: { conversationId }, select: { server: { select: { id: true, memberCount: true } } } });
  const memberCount = server.memberCount; // kept by a database trigger
  const onlineCount =
    memberCount > PRESENCE_LIST_LIMIT
      ? await db.serverMember.count({ where: { serverId: server.id, banned: false, user: { lastSeenAt: { gt: new Date(Date.now() - ONLINE_WINDOW_MS) } } } })
      : null;
  return { kind, memberCount, onlineCount };
}
