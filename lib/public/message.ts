import type { ReplyQuote } from "@/lib/realtime/catalogue";
import type { AttachmentKind } from "@/lib/files/limits";

// What a public channel shows to anyone (lib/public/messages.ts): no receipts, no presence, no
// "you reacted", no file addresses (files open for signed-in readers only), and nothing of a
// message deleted for everyone.

export type PublicMessage = {
  id: string;
  seq: number;
  /** null: the author deleted their account. */
  author: { id: string; username: string; fullName: string; image: string | null } | null;
  body: string;
  createdAt: string;
  editedAt: string | null;
  replyTo?: ReplyQuote;
  mentions?: { id: string; username: string }[];
  broadcast?: "here" | "everyone";
  /** Names and kinds only. */
  attachments?: { name: string; kind: AttachmentKind }[];
  reactions?: { emoji: string; count: number }[];
};

export type PublicMessagesPage = { messages: PublicMessage[]; hasOlder: boolean };
