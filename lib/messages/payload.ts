import "server-only";
import { replyExcerpt } from "@/lib/messages/reply";
import type { MessagePayload, ReplyQuote } from "@/lib/realtime/catalogue";
import { attachmentView, type AttachmentRow } from "@/lib/files/view";
import { linkPreviewSelect, linkPreviewView, type LinkPreviewRow } from "@/lib/links/view";

/** The columns a message is shown with; `toPayload` turns such a row into the wire shape. */
export const messageSelect = {
  id: true,
  conversationId: true,
  seq: true,
  clientId: true,
  body: true,
  createdAt: true,
  editedAt: true,
  deletedAt: true,
  author: { select: { id: true, username: true, fullName: true, image: true } },
  attachments: {
    select: { id: true, name: true, contentType: true, size: true, width: true, height: true, alt: true, thumbKey: true },
    orderBy: { position: "asc" },
  },
  replyTo: { select: { id: true, seq: true, body: true, deletedAt: true, author: { select: { id: true, fullName: true } } } },
  broadcast: true,
  mentions: { select: { user: { select: { id: true, username: true, fullName: true, image: true } } } },
  pin: { select: { pinnedAt: true } },
  linkPreview: { select: linkPreviewSelect },
} as const;

/** Someone a message names with @username, as its mention chip and card show them. */
export type MentionedPerson = { id: string; username: string; fullName: string; image: string | null };

/** The message a reply answers, as read for its quote. */
export type QuotedRow = { id: string; seq: number; body: string; deletedAt: Date | null; author: { id: string; fullName: string } | null };

type MessageRow = {
  id: string;
  conversationId: string;
  seq: number;
  clientId: string;
  body: string;
  createdAt: Date;
  editedAt: Date | null;
  deletedAt: Date | null;
  author: { id: string; username: string; fullName: string; image: string | null } | null;
  replyTo?: QuotedRow | null;
  attachments?: AttachmentRow[];
  broadcast?: "HERE" | "EVERYONE" | null;
  mentions?: { user: MentionedPerson }[];
  pin?: { pinnedAt: Date } | null;
  linkPreview?: LinkPreviewRow | null;
};

/**
 * The wire shape of a message for a reader who reads from `visibleFromSeq` on: a reply quoting a
 * message from before they joined shows no more of it than a deleted original does.
 */
export function toPayload(row: MessageRow, visibleFromSeq = 0): MessagePayload {
  const attachments = row.deletedAt ? [] : (row.attachments ?? []);
  return {
    id: row.id,
    conversationId: row.conversationId,
    seq: row.seq,
    clientId: row.clientId,
    author: row.author,
    body: row.deletedAt ? "" : row.body,
    createdAt: row.createdAt.toISOString(),
    editedAt: row.editedAt?.toISOString() ?? null,
    deletedAt: row.deletedAt?.toISOString() ?? null,
    ...(row.replyTo ? { replyTo: row.replyTo.seq >= visibleFromSeq ? toQuote(row.replyTo) : hiddenQuote(row.replyTo) } : {}),
    ...(row.mentions?.length && !row.deletedAt ? { mentions: row.mentions.map((m) => m.user) } : {}),
    ...(row.broadcast && !row.deletedAt ? { broadcast: row.broadcast === "HERE" ? ("here" as const) : ("everyone" as const) } : {}),
    ...(attachments.length > 0 ? { attachments: attachments.map(attachmentView) } : {}),
    ...(row.pin && !row.deletedAt ? { pinned: true } : {}),
    ...(row.linkPreview && !row.deletedAt ? { linkPreview: linkPreviewView(row.linkPreview) } : {}),
  };
}

function hiddenQuote(row: QuotedRow): ReplyQuote {
  return { id: row.id, seq: row.seq, author: null, excerpt: "", deleted: true };
}

export function toQuote(row: QuotedRow): ReplyQuote {
  const deleted = row.deletedAt !== null;
  return { id: row.id, seq: row.seq, author: row.author, excerpt: deleted ? "" : replyExcerpt(row.body), deleted };
}
