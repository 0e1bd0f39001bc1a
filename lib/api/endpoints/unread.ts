import "server-only";
import { listActivity } from "@/lib/activity/queries";
import { endpoint } from "@/lib/api/endpoint";
import { markAllRead, markConversationRead, markServerRead, markUnreadFrom } from "@/lib/unread/mark";
import { listNotificationSettings, setNotificationSetting } from "@/lib/unread/notifications";
import { getServerNotificationSetting, listServerNotificationSettings, setServerNotificationSetting } from "@/lib/unread/server-notifications";
import { unreadSummary } from "@/lib/unread/summary";
import { list } from "@/lib/zod/api";
import { serverParams } from "@/lib/zod/api-communities";
import { conversationParams, messageParams } from "@/lib/zod/api-messaging";
import {
  activityItemSchema,
  activityQuery,
  markedUnreadSchema,
  notificationSettingSchema,
  notificationSettingsSchema,
  serverNotificationSettingSchema,
  unreadConversationSchema,
} from "@/lib/zod/api-unread";
import { notificationSettingBody, serverNotificationSettingBody } from "@/lib/zod/notifications";

const tag = "Unread";

export const getUnreadSummary = endpoint(
  {
    id: "getUnreadSummary",
    method: "GET",
    path: "/me/unread",
    tag,
    summary: "Your unread channels and threads",
    description:
      "Every channel of your servers and every direct thread with messages past your read mark (anything not listed is read). Computed from counters, not by counting messages: cheap enough to call after every reconnection.",
    auth: "user",
    response: list(unreadConversationSchema),
  },
  async ({ user }) => ({ items: await unreadSummary(user.id) }),
);

export const markAllReadEndpoint = endpoint(
  {
    id: "markAllRead",
    method: "POST",
    path: "/me/read",
    tag,
    summary: "Mark everything read",
    description: "Every channel of every server you belong to and every direct thread you are in. Your other apps get `unread.stale`.",
    auth: "user",
  },
  ({ user }) => markAllRead(user),
);

export const markConversationReadEndpoint = endpoint(
  {
    id: "markConversationRead",
    method: "POST",
    path: "/conversations/{conversationId}/read",
    tag,
    summary: "Mark a channel or thread read, up to its newest message",
    description: "Others see your receipt move (`receipts.updated`), your other apps `read.updated`. For marks that follow what your app shows, use the receipts endpoint instead.",
    auth: "user",
    params: conversationParams,
  },
  ({ user, params }) => markConversationRead(user, params.conversationId),
);

export const markServerReadEndpoint = endpoint(
  {
    id: "markServerRead",
    method: "POST",
    path: "/servers/{serverId}/read",
    tag,
    summary: "Mark every channel of a server read",
    description: "For members. Your other apps get `unread.stale`.",
    auth: "user",
    params: serverParams,
  },
  ({ user, params }) => markServerRead(user, params.serverId),
);

export const markUnreadEndpoint = endpoint(
  {
    id: "markUnread",
    method: "POST",
    path: "/messages/{messageId}/unread",
    tag,
    summary: "Mark unread from a message on",
    description: "Your read mark moves back to just before this message (it is unread, and everything after it). Your other apps get `read.updated`.",
    auth: "user",
    params: messageParams,
    response: markedUnreadSchema,
  },
  ({ user, params }) => markUnreadFrom(user, params.messageId),
);

export const listNotificationSettingsEndpoint = endpoint(
  {
    id: "listNotificationSettings",
    method: "GET",
    path: "/me/notifications",
    tag,
    summary: "Your notification settings that differ from the default",
    description:
      "`items`: channels and threads with a level of their own or a mute; `servers`: servers whose level is not ALL or that are muted. Ended mutes are left out. What applies to a channel: its own level, else its server's, else ALL; muted when it or its server is.",
    auth: "user",
    response: notificationSettingsSchema,
  },
  async ({ user }) => {
    const [items, servers] = await Promise.all([listNotificationSettings(user.id), listServerNotificationSettings(user.id)]);
    return { items, servers };
  },
);

export const setNotificationSettingEndpoint = endpoint(
  {
    id: "setNotificationSetting",
    method: "PUT",
    path: "/conversations/{conversationId}/notifications",
    tag,
    summary: "Set a channel's or thread's notification level, and mute it for a while",
    description:
      "Your other apps get `notifications.updated`. `{ level: null, mutedUntil: null }` is the default: a channel then follows your setting for its server (PUT /servers/{serverId}/notifications), a thread notifies at ALL.",
    auth: "user",
    params: conversationParams,
    body: notificationSettingBody,
    response: notificationSettingSchema,
  },
  ({ user, params, body }) => setNotificationSetting(user, { ...body, conversationId: params.conversationId }),
);

export const getServerNotificationSettingEndpoint = endpoint(
  {
    id: "getServerNotificationSetting",
    method: "GET",
    path: "/servers/{serverId}/notifications",
    tag,
    summary: "Your notification setting for a server",
    description: "For members (404 otherwise). `{ level: \"ALL\", mutedUntil: null }` when you never changed it.",
    auth: "user",
    params: serverParams,
    response: serverNotificationSettingSchema,
    errors: ["not_found"],
  },
  ({ user, params }) => getServerNotificationSetting(user, params.serverId),
);

export const setServerNotificationSettingEndpoint = endpoint(
  {
    id: "setServerNotificationSetting",
    method: "PUT",
    path: "/servers/{serverId}/notifications",
    tag,
    summary: "Set the notification level of a server's channels, and mute the whole server for a while",
    description:
      "For members (404 otherwise). The level applies to every channel of the server without a level of its own; the mute to every channel. Your other apps get `server-notifications.updated`. `{ level: \"ALL\", mutedUntil: null }` is the default.",
    auth: "user",
    params: serverParams,
    body: serverNotificationSettingBody,
    response: serverNotificationSettingSchema,
    errors: ["not_found"],
  },
  ({ user, params, body }) => setServerNotificationSetting(user, { ...body, serverId: params.serverId }),
);

export const listActivityEndpoint = endpoint(
  {
    id: "listActivity",
    method: "GET",
    path: "/me/activity",
    tag,
    summary: "Mentions of you, replies to your messages and reactions to them, newest first",
    description: "Across every server and thread you can still read, leaving out people you blocked; the 50 newest. Open one with GET /messages/{messageId}.",
    auth: "user",
    query: activityQuery,
    response: list(activityItemSchema),
  },
  async ({ user, query }) => ({ items: (await listActivity(user.id, query.kind)).map((item) => ({ ...item, at: item.at.toISOString() })) }),
);
