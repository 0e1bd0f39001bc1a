import { z } from "zod";
import { notifyLevels } from "@/lib/zod/notifications";

// The JSON API's shapes for unread state (lib/api/endpoints/unread.ts).

export const unreadConversationSchema = z
  .object({
    conversationId: z.string(),
    serverId: z.string().nullable().describe("The channel's server; null for a direct thread."),
    threadId: z.string().nullable().describe("The direct thread; null for a channel."),
    lastSeq: z.number().int().describe("The conversation's newest seq."),
    readSeq: z.number().int().describe("Your read mark: everything up to it is read."),
    mentions: z.number().int().describe("Unread messages that mention you."),
  })
  .meta({
    id: "UnreadConversation",
    description:
      "A conversation with messages past your read mark. Unread count of a thread: `lastSeq - readSeq`; a channel shows a dot, and a number for its mentions. Keep it live with `channel.activity` on `private-server-<id>` (a channel's new seq) and, on `private-user-<your id>`, `conversation.activity` (threads), `read.updated` (your mark moved in another app) and `unread.stale` (fetch this again).",
  });

export const markedUnreadSchema = z
  .object({ conversationId: z.string(), readSeq: z.number().int().describe("Your read mark now: the message's seq minus one.") })
  .meta({ id: "MarkedUnread" });

const LEVELS = "ALL: a dot for every message; MENTIONS: only mentions of you and replies to you; NOTHING: no badge, no push, no email.";

export const notificationSettingSchema = z
  .object({
    conversationId: z.string(),
    level: z.enum(notifyLevels).nullable().describe(`${LEVELS} null: your setting for the channel's server applies (a thread: ALL).`),
    mutedUntil: z.string().nullable().describe("Muted until then (no dot, no push or email; mentions still count unless NOTHING); null: not muted."),
  })
  .meta({ id: "NotificationSetting" });

export const serverNotificationSettingSchema = z
  .object({
    serverId: z.string(),
    level: z.enum(notifyLevels).describe(`Every channel of the server without a level of its own. ${LEVELS}`),
    mutedUntil: z.string().nullable().describe("Every channel of the server is muted until then, whatever its own level; null: not muted."),
  })
  .meta({ id: "ServerNotificationSetting" });

export const notificationSettingsSchema = z.object({
  items: z.array(notificationSettingSchema).describe("Channels and threads."),
  servers: z.array(serverNotificationSettingSchema).describe("Servers."),
});

export const activityQuery = z.object({
  kind: z.enum(["mention", "reply", "reaction"]).optional().describe("Only mentions, replies or reactions; all when left out."),
});

export const activityItemSchema = z
  .object({
    kind: z.enum(["mention", "reply", "reaction"]),
    messageId: z.string().describe("The mention or reply, or your message that was reacted to: what to open."),
    at: z.string(),
    actor: z.object({ id: z.string(), fullName: z.string(), image: z.string().nullable() }).nullable().describe("Null once their account is deleted."),
    text: z.string().describe("The reply's text (up to 300 characters), or the emoji."),
    yours: z.string().describe("Your message they answered or reacted to (up to 140 characters); empty for a mention."),
    place: z.union([
      z.object({ kind: z.literal("channel"), serverName: z.string(), channelName: z.string() }),
      z.object({ kind: z.literal("thread") }),
    ]),
  })
  .meta({ id: "ActivityItem" });
