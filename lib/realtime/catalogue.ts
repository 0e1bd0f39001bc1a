import * as z from "zod/mini";
import type { ChannelKind } from "@/lib/realtime/channels";

// The one catalogue of realtime channels and events, shared by the server (which triggers and
// authorizes) and the browser (which subscribes). Payloads are zod schemas: the server validates
// what it sends, the client what it receives. Keep every payload well under Pusher's 10 KB.
// Only private- and presence- channels exist: each subscription is signed by /api/realtime/auth.
// Written with zod/mini (same parse / safeParse, a fraction of the bytes): browsers load it with
// pusher-js after the page is interactive (components/realtime/browser-client.ts).

export { channelKinds, channelName, parseChannelName, type ChannelKind } from "@/lib/realtime/channels";

export const authorSchema = z.object({
  id: z.string(),
  username: z.string(),
  fullName: z.string(),
  image: z.nullable(z.string()),
});

/** A reply's quote of the message it answers: author, the start of its text, or "original deleted". */
export const replyQuoteSchema = z.object({
  id: z.string(),
  seq: z.number().check(z.int(), z.positive()),
  author: z.nullable(z.object({ id: z.string(), fullName: z.string() })),
  excerpt: z.string().check(z.maxLength(200)), // "" once deleted
  deleted: z.boolean(),
});
export type ReplyQuote = z.infer<typeof replyQuoteSchema>;

/** One emoji's reactions on a message, as one reader sees them: how many, and whether they are among them. */
export const reactionSummarySchema = z.object({ emoji: z.string(), count: z.number().check(z.int(), z.positive()), me: z.boolean() });
export type ReactionSummary = z.infer<typeof reactionSummarySchema>;
/** A file a message carries; `url` and `thumbnailUrl` are our routes, which check access and redirect to the store. */
export const attachmentSchema = z.object({
  id: z.string(),
  name: z.string(),
  contentType: z.string(),
  size: z.int(),
  kind: z.enum(["image", "video", "audio", "file"]),
  width: z.nullable(z.int()), // images: reserve the space before the thumbnail loads
  height: z.nullable(z.int()),
  alt: z.nullable(z.string()),
  url: z.string(),
  thumbnailUrl: z.nullable(z.string()),
});
export type AttachmentPayload = z.infer<typeof attachmentSchema>;

/** The card of a message's first link, as the server fetched it; `image.url` is our route (a stored copy, never the site's). */
export const linkPreviewSchema = z.object({
  url: z.string(),
  siteName: z.string().check(z.maxLength(100)),
  title: z.string().check(z.maxLength(200)),
  description: z.nullable(z.string().check(z.maxLength(300))),
  image: z.nullable(z.object({ url: z.string(), width: z.int(), height: z.int() })),
});
export type LinkPreviewPayload = z.infer<typeof linkPreviewSchema>;

export const messageSchema = z.object({
  id: z.string(),
  conversationId: z.string(),
  seq: z.number().check(z.int(), z.positive()),
  clientId: z.string(),
  author: z.nullable(authorSchema), // null: the author deleted their account
  body: z.string(), // "" once deleted for everyone
  createdAt: z.string(),
  editedAt: z.nullable(z.string()),
  deletedAt: z.nullable(z.string()),
  replyTo: z.optional(replyQuoteSchema), // absent: not a reply
  // People named with @username (members of the conversation), and @here / @everyone.
  mentions: z.optional(z.array(z.object({ id: z.string(), username: z.string(), fullName: z.string(), image: z.nullable(z.string()) })).check(z.maxLength(20))),
  broadcast: z.optional(z.enum(["here", "everyone"])),
  // Pages of history: the reactions, in the order first used (at most 20). Absent from events.
  reactions: z.optional(z.array(reactionSummarySchema).check(z.maxLength(20))),
  attachments: z.optional(z.array(attachmentSchema).check(z.maxLength(10))), // absent when none (or deleted)
  pinned: z.optional(z.boolean()), // absent: not pinned
  linkPreview: z.optional(linkPreviewSchema), // absent when none (not fetched yet, removed, or deleted)
});
export type MessagePayload = z.infer<typeof messageSchema>;

const receiptSchema = z.object({ userId: z.string(), deliveredSeq: z.int(), readSeq: z.int() });

/** Presence member info, as signed by the auth endpoint. */
export const presenceUserSchema = z.object({
  username: z.string(),
  fullName: z.string(),
  image: z.nullable(z.string()),
});
export type PresenceUser = z.infer<typeof presenceUserSchema>;

/** Hosted Pusher refuses events whose data exceeds 10 KB; we keep a margin for the envelope. */
/** A group thread as it is now: its own title (null: named after its people), who manages it, who is in it. */
export const threadStateSchema = z.object({
  threadId: z.string(),
  conversationId: z.string(),
  title: z.nullable(z.string()),
  createdById: z.nullable(z.string()),
  anyoneManages: z.boolean(),
  history: z.enum(["ALL", "SINCE_JOIN"]),
  participants: z.array(z.object({ id: z.string(), username: z.string(), fullName: z.string(), image: z.nullable(z.string()), lastSeenAt: z.nullable(z.string()) })).check(z.maxLength(20)),
});
export type ThreadState = z.infer<typeof threadStateSchema>;

export const MAX_EVENT_BYTES = 9_500;

export function fitsInEvent(payload: unknown): boolean {
  return new TextEncoder().encode(JSON.stringify(payload)).length <= MAX_EVENT_BYTES;
}

export const events = {
  conversation: {
    // `truncated`: the body did not fit in one event; clients fetch the message instead.
    "message.created": z.object({ message: messageSchema, truncated: z.optional(z.literal(true)) }),
    "message.deleted": z.object({ conversationId: z.string(), id: z.string(), seq: z.int() }),
    // An edited message, whole (`truncated`: without its body, which did not fit; clients catch up).
    "message.updated": z.object({ message: messageSchema, truncated: z.optional(z.literal(true)) }),
    // A message's link preview arrived (fetched after the send) or went (`linkPreview` null: its author removed it).
    "message.preview": z.object({ conversationId: z.string(), messageId: z.string(), seq: z.int(), linkPreview: z.nullable(linkPreviewSchema) }),
    // Someone added or took back a reaction; `count`: that emoji's count on the message now.
    "reaction.changed": z.object({
      conversationId: z.string(),
      messageId: z.string(),
      seq: z.int(),
      emoji: z.string().check(z.maxLength(32)),
      userId: z.string(),
      reacted: z.boolean(),
      count: z.int(),
    }),
    "receipts.updated": z.object({ conversationId: z.string(), receipts: z.array(receiptSchema).check(z.maxLength(100)) }),
    // A message was pinned or unpinned (`userId`: by whom; null when its deletion unpinned it).
    "pins.changed": z.object({ conversationId: z.string(), messageId: z.string(), seq: z.int(), pinned: z.boolean(), userId: z.nullable(z.string()) }),
    // A group thread was renamed, its people or its settings changed: headers show it as it is now.
    "thread.changed": threadStateSchema,
  },
  presence: {
    // Client event: sent by browsers (throttled), relayed by Pusher without reaching our server.
    // It says only typing or stopped: who is typing is the user id the realtime server attaches
    // to a presence channel's client events, and their name the member info our auth signed.
    "client-typing": z.object({ typing: z.boolean() }),
  },
  server: {
    // A channel of the server has a new message: members compute unread against their receipts.
    "channel.activity": z.object({ conversationId: z.string(), lastSeq: z.int(), authorId: z.nullable(z.string()) }),
    // Which members may read which channels changed (a channel made private or open): re-read the list.
    "channels.changed": z.object({}),
  },
  user: {
    "message.hidden": z.object({ conversationId: z.string(), messageId: z.string() }),
    "conversation.activity": z.object({ conversationId: z.string(), lastSeq: z.int(), authorId: z.optional(z.nullable(z.string())), serverId: z.optional(z.string()) }),
    // The user's read mark moved (another tab read, marked read or unread): `readSeq` may go back.
    "read.updated": z.object({ conversationId: z.string(), readSeq: z.int() }),
    // Many read marks moved at once (a server or everything marked read): fetch the summary again.
    "unread.stale": z.object({}),
    // The user was mentioned: their badge counts it at once (one event per mentioned user).
    "mention.created": z.object({ conversationId: z.string(), seq: z.int(), serverId: z.optional(z.nullable(z.string())) }),
    // The user changed a conversation's notification setting (in any tab): badges follow.
    // (level null: the conversation follows its server's setting.)
    "notifications.updated": z.object({ conversationId: z.string(), level: z.nullable(z.enum(["ALL", "MENTIONS", "NOTHING"])), mutedUntil: z.nullable(z.string()) }),
    // The user changed their notification setting for a whole server (in any tab): badges follow.
    "server-notifications.updated": z.object({ serverId: z.string(), level: z.enum(["ALL", "MENTIONS", "NOTHING"]), mutedUntil: z.nullable(z.string()) }),
    // The user blocked or unblocked someone (in any tab, or through the API): their messages,
    // typing and presence hide or come back in every open tab.
    "block.changed": z.object({ userId: z.string(), blocked: z.boolean() }),
    // The user's message requests changed (a new one or a new message in one; one accepted, ignored
    // or blocked in another tab): the Messages area's "Message requests" entry counts again.
    "requests.changed": z.object({}),
    "session.ended": z.object({ reason: z.enum(["signed-out", "suspended", "password-changed", "deleted"]) }),
    // A moderator removed or banned the user: open pages of that server leave it.
    "membership.ended": z.object({ serverId: z.string(), reason: z.enum(["removed", "banned"]) }),
    // The user was given or lost the right to read a private channel (added, removed, the channel
    // made private or open again): the sidebar follows, an open page of a channel lost leaves it.
    "channel.access": z.object({ serverId: z.string(), conversationId: z.string(), canRead: z.boolean() }),
    // The user was removed from a group thread or left it (in another tab): open pages of it leave.
    "thread.ended": z.object({ threadId: z.string(), conversationId: z.string(), reason: z.enum(["removed", "left"]) }),
  },
} as const;

export type EventName<K extends ChannelKind> = keyof (typeof events)[K] & string;
export type EventPayload<K extends ChannelKind, E extends EventName<K>> = z.infer<(typeof events)[K][E]>;

export function eventSchema<K extends ChannelKind, E extends EventName<K>>(kind: K, event: E): z.ZodMiniType<EventPayload<K, E>> {
  return events[kind][event] as z.ZodMiniType<EventPayload<K, E>>;
}
