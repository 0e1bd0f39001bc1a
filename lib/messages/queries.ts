import "server-only";
import { conversationAccess, type Actor, type ConversationAccess } from "@/lib/access/conversation";
import { db } from "@/lib/db";
import { linkPreviewSelect, linkPreviewView } from "@/lib/links/view";
import { readableConversation } from "@/lib/messages/access";
import { PAGE_SIZE } from "@/lib/messages/limits";
import { PRESENCE_LIST_LIMIT, RECEIPTS_LIMIT, type ConversationSummary, type MessagesPage, type ReceiptView } from "@/lib/messages/page";
import { messageSelect, toPayload } from "@/lib/messages/payload";
import { ONLINE_WINDOW_MS } from "@/lib/messages/presence";
import { reactionsFor } from "@/lib/reactions/reactions";
import type { MessagePayload } from "@/lib/realtime/catalogue";
import { unreadLanding } from "@/lib/unread/landing";
import type { MessagesQuery } from "@/lib/zod/messages";

/** Clocks of serverless instances differ a little: "changes since" looks back this much further. */
const CLOCK_SKEW_MS = 10_000;
const CHANGES_LIMIT = 500;

/**
 * A page of a conversation's messages for `actor` (keyset on seq, never OFFSET), never older than
 * where their reading starts (`visibleFromSeq`: a group that hides its past from people added later):
 *   no cursor: the newest `limit`, plus receipts and who is in the conversation;
 *   before=N:  the `limit` messages just older than seq N (scrolling up);
 *   after=N:   the messages newer than seq N, oldest first (catching up), plus receipts and,
 *              with changedSince, deletions and hides since then;
 *   around=N:  the page around seq N (jumping to a message), like the newest page but cut on both
 *              sides: `hasNewer` says the conversation goes on past it.
 */
export async function listMessages(actor: Actor, conversationId: string, query: MessagesQuery): Promise<MessagesPage> {
  return readMessages(actor, await readableConversation(actor, conversationId), query);
}

/** listMessages once the actor's access is known. */
async function readMessages(actor: Actor, access: ConversationAccess, query: MessagesQuery): Promise<MessagesPage> {
  const page = await readPage(actor, access, query);
  return { ...page, messages: await withReactions(actor.id, page.messages) };
}

/** Each message with its reactions as `viewerId` sees them (one grouped read on the reactions' primary key). */
async function withReactions(viewerId: string, messages: MessagePayload[]): Promise<MessagePayload[]> {
  const reactions = await reactionsFor(viewerId, messages.filter((m) => !m.deletedAt).map((m) => m.id));
  return messages.map((m) => ({ ...m, reactions: reactions.get(m.id) ?? [] }));
}

async function readPage(actor: Actor, access: ConversationAccess, query: MessagesQuery): Promise<MessagesPage> {
  const { conversationId } = access;
  const serverTime = new Date().toISOString();
  const from = access.visibleFromSeq;
  const visible = { conversationId, hiddenFor: { none: { userId: actor.id } }, AND: [{ seq: { gte: from } }] };
  const toReader = (row: Parameters<typeof toPayload>[0]) => toPayload(row, from);
  const take = query.limit + 1;

  if (query.before !== undefined) {
    const rows = await db.message.findMany({ where: { ...visible, seq: { lt: query.before } }, orderBy: { seq: "desc" }, take, select: messageSelect });
    return { messages: rows.slice(0, query.limit).reverse().map(toReader), hasOlder: rows.length > query.limit, serverTime };
  }

  // Messages commit in seq order (see sendMessage), so everything up to `head` is readable now.
  const upToHead = <T>(read: (head: number) => Promise<T>) => conversationHead(conversationId).then(async (head) => ({ head, rows: await read(head) }));

  if (query.around !== undefined) return pageAround(actor.id, access, query.around, query.limit, serverTime);

  if (query.after === undefined) {
    const [{ head, rows }, receipts, conversation, read] = await Promise.all([
      upToHead((head) => db.message.findMany({ where: { ...visible, seq: { lte: head } }, orderBy: { seq: "desc" }, take, select: messageSelect })),
      readerReceipts(actor.id, conversationId),
      summary(conversationId, access.kind),
      ownRead(actor.id, conversationId),
    ]);
    return {
      messages: rows.slice(0, query.limit).reverse().map(toReader),
      syncedTo: head,
      hasOlder: rows.length > query.limit,
      receipts,
      conversation,
      ownRead: read,
      serverTime,
    };
  }

  const after = query.after;
  const [{ head, rows }, receipts] = await Promise.all([
    upToHead((head) => db.message.findMany({ where: { ...visible, seq: { gt: after, lte: head } }, orderBy: { seq: "asc" }, take, select: messageSelect })),
    readerReceipts(actor.id, conversationId),
  ]);
  const hasNewer = rows.length > query.limit;
  const messages = rows.slice(0, query.limit).map(toReader);
  const page: MessagesPage = { messages, syncedTo: hasNewer ? messages.at(-1)!.seq : head, hasNewer, receipts, serverTime };
  if (query.changedSince) page.changes = await changesSince(actor.id, access, query.after, new Date(query.changedSince));
  return page;
}

/**
 * The actor's access and the newest page (or, with `at`, the page around that seq; without it,
 * around the first unread message when the newest page would not show it), for a page
 * rendered on the server (the same read as the history API's), or null when the actor may not
 * read the conversation: the page answers 404.
 */
export async function newestPageFor(actor: Actor, conversationId: string, at?: number): Promise<{ access: ConversationAccess; newestPage: MessagesPage } | null> {
  // Without `at`, a reader with more unread messages than the newest page shows opens at the first.
  const [access, around] = await Promise.all([conversationAccess(actor, conversationId), at ?? unreadLanding(actor.id, conversationId)]);
  if (!access) return null;
  return { access, newestPage: await readMessages(actor, access, { limit: PAGE_SIZE, around }) };
}

/** Two keyset reads from `around` (itself in the older half), each on the (conversationId, seq) index. */
async function pageAround(viewerId: string, access: ConversationAccess, around: number, limit: number, serverTime: string): Promise<MessagesPage> {
  const { conversationId, kind, visibleFromSeq: from } = access;
  const visible = { conversationId, hiddenFor: { none: { userId: viewerId } }, AND: [{ seq: { gte: from } }] };
  const olderCount = Math.ceil(limit / 2);
  const newerCount = limit - olderCount;
  const head = await conversationHead(conversationId);
  const [older, newer, receipts, conversation, read] = await Promise.all([
    db.message.findMany({ where: { ...visible, seq: { lte: Math.min(around, head) } }, orderBy: { seq: "desc" }, take: olderCount + 1, select: messageSelect }),
    db.message.findMany({ where: { ...visible, seq: { gt: around, lte: head } }, orderBy: { seq: "asc" }, take: newerCount + 1, select: messageSelect }),
    readerReceipts(viewerId, conversationId),
    summary(conversationId, kind),
    ownRead(viewerId, conversationId),
  ]);
  const hasNewer = newer.length > newerCount;
  const messages = [...older.slice(0, olderCount).reverse(), ...newer.slice(0, newerCount)].map((row) => toPayload(row, from));
  return {
    messages,
    syncedTo: hasNewer ? messages.at(-1)!.seq : head,
    hasNewer,
    hasOlder: older.length > olderCount,
    receipts,
    conversation,
    ownRead: read,
    serverTime,
  };
}

async function conversationHead(conversationId: string): Promise<number> {
  const { lastSeq } = await db.conversation.findUniqueOrThrow({ where: { id: conversationId }, select: { lastSeq: true } });
  return lastSeq;
}

/**
 * Deletions (for everyone, and by the actor for themself), edits, reactions, pins and link
 * previews of messages up to `upTo` since `since` (a reaction, a pin or a link preview moves its
 * message's updatedAt), and whether the conversation's pins changed (pins of messages past `upTo`
 * come with those messages).
 */
async function changesSince(userId: string, { conversationId, visibleFromSeq }: ConversationAccess, upTo: number, since: Date) {
  const from = new Date(since.getTime() - CLOCK_SKEW_MS);
  const seq = { gte: visibleFromSeq, lte: upTo };
  const changed = { conversationId, seq, updatedAt: { gt: from }, deletedAt: null, hiddenFor: { none: { userId } } };
  const [deleted, edited, touched, hidden, conversation] = await Promise.all([
    db.message.findMany({
      where: { conversationId, seq, updatedAt: { gt: from }, deletedAt: { not: null } },
      select: { id: true, seq: true },
      take: CHANGES_LIMIT + 1,
    }),
    db.message.findMany({ where: { ...changed, editedAt: { not: null } }, select: messageSelect, take: CHANGES_LIMIT + 1 }),
    db.message.findMany({ where: changed, select: { id: true, pin: { select: { pinnedAt: true } }, linkPreview: { select: linkPreviewSelect } }, take: CHANGES_LIMIT + 1 }),
    db.messageHidden.findMany({
      where: { userId, createdAt: { gt: from }, message: { conversationId } },
      select: { messageId: true },
      take: CHANGES_LIMIT + 1,
    }),
    db.conversation.findUniqueOrThrow({ where: { id: conversationId }, select: { pinsChangedAt: true } }),
  ]);
  const touchedIds = touched.slice(0, CHANGES_LIMIT).map((m) => m.id);
  const reactions = await reactionsFor(userId, touchedIds);
  return {
    deleted: deleted.slice(0, CHANGES_LIMIT),
    edited: edited.slice(0, CHANGES_LIMIT).map((row) => toPayload(row, visibleFromSeq)),
    reactions: touchedIds.map((messageId) => ({ messageId, reactions: reactions.get(messageId) ?? [] })),
    pins: touched.slice(0, CHANGES_LIMIT).map((m) => ({ messageId: m.id, pinned: m.pin !== null })),
    pinsChanged: conversation.pinsChangedAt !== null && conversation.pinsChangedAt > from,
    linkPreviews: touched.slice(0, CHANGES_LIMIT).map((m) => ({ messageId: m.id, linkPreview: m.linkPreview ? linkPreviewView(m.linkPreview) : null })),
    hidden: hidden.slice(0, CHANGES_LIMIT).map((h) => h.messageId),
    truncated: [deleted, edited, touched, hidden].some((list) => list.length > CHANGES_LIMIT),
  };
}

/** The viewer's own read mark and when it last moved: messages edited after that were edited after they read them. */
async function ownRead(viewerId: string, conversationId: string): Promise<MessagesPage["ownRead"]> {
  const receipt = await db.receipt.findUnique({ where: { conversationId_userId: { conversationId, userId: viewerId } }, select: { readSeq: true, updatedAt: true } });
  return receipt && receipt.readSeq > 0 ? { seq: receipt.readSeq, at: receipt.updatedAt.toISOString() } : null;
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
