import type { LinkPreviewPayload, MessagePayload, ReactionSummary } from "@/lib/realtime/catalogue";

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
  /** `after`, `around`: more newer messages remain past syncedTo; ask again with after=syncedTo. */
  hasNewer?: boolean;
  /** Newest page / `before` / `around`: older messages remain. */
  hasOlder?: boolean;
  /** `after` with `changedSince`: what changed in already-sent messages since then. */
  changes?: {
    deleted: { id: string; seq: number }[];
    edited?: MessagePayload[];
    /** Messages whose reactions may have changed, with their reactions now. */
    reactions?: { messageId: string; reactions: ReactionSummary[] }[];
    /** The same messages, pinned or not now. */
    pins?: { messageId: string; pinned: boolean }[];
    /** Something was pinned or unpinned in the conversation since then: read its pins again. */
    pinsChanged?: boolean;
    /** The same messages' link previews now (null: none, such as one its author removed). */
    linkPreviews?: { messageId: string; linkPreview: LinkPreviewPayload | null }[];
    hidden: string[];
    truncated: boolean;
  };
  /** Newest page / `around`: how far the viewer had read, and when the mark last moved ("edited after you read it"). */
  ownRead?: { seq: number; at: string } | null;
  /** Newest page / `after`: the other readers' marks (the 100 furthest-read). */
  receipts?: ReceiptView[];
  /** Newest page: who is in the conversation. */
  conversation?: ConversationSummary;
  /** Pass back as `changedSince` next time. */
  serverTime: string;
};

/** An earlier text of an edited message, and when it was written (sent, or edited before). */
export type MessageVersion = { body: string; writtenAt: string };

/** Receipt lists stop here: "seen by 100+" past it. Also the largest channel with a live presence list. */
export const RECEIPTS_LIMIT = 100;
export const PRESENCE_LIST_LIMIT = 100;
