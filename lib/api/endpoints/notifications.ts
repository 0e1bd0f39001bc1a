import "server-only";
import { z } from "zod";
import { endpoint } from "@/lib/api/endpoint";
import { getNotificationPreferences, setNotificationPreferences } from "@/lib/notifications/preferences";
import { pushConfig, subscribePush, unsubscribePush } from "@/lib/push/subscriptions";
import { notificationPreferencesSchema } from "@/lib/zod/notification-preferences";
import { pushEndpointSchema, pushSubscriptionSchema } from "@/lib/zod/push";

const tag = "Notifications";

const pushConfigSchema = z
  .object({ publicKey: z.string().nullable().describe("The VAPID public key to pass as applicationServerKey; null: this server sends no push notifications.") })
  .meta({ id: "PushConfig" });

export const getPushConfig = endpoint(
  { id: "getPushConfig", method: "GET", path: "/push/config", tag, summary: "What a browser needs to subscribe to Web Push", auth: "user", response: pushConfigSchema },
  async () => pushConfig(),
);

export const subscribePushEndpoint = endpoint(
  {
    id: "subscribePush",
    method: "POST",
    path: "/me/push-subscriptions",
    tag,
    summary: "Receive push notifications on this device",
    description:
      "The body is the browser's `PushSubscription.toJSON()` (subscribed with the key from GET /push/config). Mentions, replies and direct messages are then pushed while you have no Chatsphere tab open, as your notification settings allow. Subscribing the same endpoint again replaces it; a person keeps at most 20 devices (the oldest goes).",
    auth: "user",
    body: pushSubscriptionSchema,
    errors: ["conflict"],
  },
  ({ user, body }) => subscribePush(user, body),
);

export const unsubscribePushEndpoint = endpoint(
  {
    id: "unsubscribePush",
    method: "DELETE",
    path: "/me/push-subscriptions",
    tag,
    summary: "Stop push notifications on a device",
    description: "Nothing happens when the endpoint isn't one of yours.",
    auth: "user",
    body: pushEndpointSchema,
  },
  ({ user, body }) => unsubscribePush(user, body),
);

const preferencesSchema = z
  .object({
    timeZone: z.string(),
    quietHours: z.object({ start: z.string(), end: z.string() }).nullable(),
    digestDelayMinutes: z.int().nullable(),
  })
  .meta({ id: "NotificationPreferences" });

export const getNotificationPreferencesEndpoint = endpoint(
  {
    id: "getNotificationPreferences",
    method: "GET",
    path: "/me/notification-preferences",
    tag,
    summary: "Your time zone, quiet hours and email digest",
    description: "Unset: UTC, no quiet hours, a digest of what is still unread after 30 minutes.",
    auth: "user",
    response: preferencesSchema,
  },
  ({ user }) => getNotificationPreferences(user.id),
);

export const setNotificationPreferencesEndpoint = endpoint(
  {
    id: "setNotificationPreferences",
    method: "PUT",
    path: "/me/notification-preferences",
    tag,
    summary: "Set your time zone, quiet hours and email digest",
    description: "During quiet hours nothing is pushed or emailed (a digest waits until they end). All three fields are required.",
    auth: "user",
    body: notificationPreferencesSchema,
    response: preferencesSchema,
  },
  ({ user, body }) => setNotificationPreferences(user, body),
);
