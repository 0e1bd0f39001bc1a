import type { MessagePayload } from "@/lib/realtime/catalogue";

// The shapes GET /api/conversations/[id]/messages answers with, shared by the server (which
// builds them) and the client timeline (which merges them).

export type ReceiptView = { userId: string; name: string; deliveredSeq: number; readSeq: number };

export type ParticipantView = { id: string; username: string; fullName: string; image: string | null; lastSeenAt: string | null };

export type ConversationSummary =
  | { kind: "thread"; participants: ParticipantView[] }
  /** onlineCount: members seen in the last minutes, given instead of a live list for large channels. */
  | { kind: "channel"; memberCount: number; onlineCount: number | null };

export type MessagesPage = {
  /** Ascending by seq, without the messages the viewer deleted for themself. */
  messages: MessagePayload[];
  /**
   * Newest page / `after`: everything up to this seq has been returned (the conversation's last
   * seq when the page reached the end). `before`: absent.
   */
  syncedTo?: number;
  /** `after`: more newer messages remain past syncedTo; ask again. */
  hasNewer?: boolean;
  /** Newest page / `before`: older messages remain. */
  hasOlder?: boolean;
  /** `after` with `changedSince`: what changed in already-sent messages since then. */
  changes?: { deleted: { id: string; seq: number }[]; hidden: string[]; truncated: boolean };
  /** Newest page / `after`: the other readers' marks (the 100 furthest-read). */
  receipts?: ReceiptView[];
  /** Newest page: who is in the conversation. */
  conversation?: ConversationSummary;
  /** Pass back as `changedSince` next time. */
  serverTime: string;
};

/** Receipt lists stop here: "seen by 100+" past it. Also the largest channel with a live presence list. */
export const RECEIPTS_LIMIT = 100;
export const PRESENCE_LIST_LIMIT = 100;
