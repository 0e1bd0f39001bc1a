import * as z from "zod/mini";
import type { ChannelKind } from "@/lib/realtime/channels";

// The one catalogue of realtime channels and events, shared by the server (which triggers and
// authorizes) and the browser (which subscribes). Payloads are zod schemas: the server validates
// what it sends, the client what it receives. Keep every payload well under Pusher's 10 KB.
// Only private- and presence- channels exist: each subscription is signed by /api/realtime/auth.
// Written with zod/mini (same parse / safeParse, a fraction of the bytes): browsers load it with
// pusher-js after the page is interactive (lib/realtime/browser-client.ts).

export { channelKinds, channelName, parseChannelName, type ChannelKind } from "@/lib/realtime/channels";

export const authorSchema = z.object({
  id: z.string(),
  username: z.string(),
  fullName: z.string(),
  image: z.nullable(z.string()),
});

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
export const MAX_EVENT_BYTES = 9_500;

export function fitsInEvent(payload: unknown): boolean {
  return new TextEncoder().encode(JSON.stringify(payload)).length <= MAX_EVENT_BYTES;
}

export const events = {
  conversation: {
    // `truncated`: the body did not fit in one event; clients fetch the message instead.
    "message.created": z.object({ message: messageSchema, truncated: z.optional(z.literal(true)) }),
    "message.deleted": z.object({ conversationId: z.string(), id: z.string(), seq: z.int() }),
    "receipts.updated": z.object({ conversationId: z.string(), receipts: z.array(receiptSchema).check(z.maxLength(100)) }),
    // Client event: sent by browsers (throttled), relayed by Pusher without reaching our server.
    "client-typing": z.object({ userId: z.string(), name: z.string().check(z.maxLength(100)), typing: z.boolean() }),
  },
  presence: {},
  user: {
    "message.hidden": z.object({ conversationId: z.string(), messageId: z.string() }),
    "conversation.activity": z.object({ conversationId: z.string(), lastSeq: z.int() }),
    "session.ended": z.object({ reason: z.enum(["signed-out", "suspended", "password-changed", "deleted"]) }),
    // A moderator removed or banned the user: open pages of that server leave it.
    "membership.ended": z.object({ serverId: z.string(), reason: z.enum(["removed", "banned"]) }),
  },
} as const;

export type EventName<K extends ChannelKind> = keyof (typeof events)[K] & string;
export type EventPayload<K extends ChannelKind, E extends EventName<K>> = z.infer<(typeof events)[K][E]>;

export function eventSchema<K extends ChannelKind, E extends EventName<K>>(kind: K, event: E): z.ZodMiniType<EventPayload<K, E>> {
  return events[kind][event] as z.ZodMiniType<EventPayload<K, E>>;
}
