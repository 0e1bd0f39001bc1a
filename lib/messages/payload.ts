import type { MessagePayload } from "@/lib/realtime/catalogue";

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
} as const;

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
};

export function toPayload(row: MessageRow): MessagePayload {
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
  };
}
