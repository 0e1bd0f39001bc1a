import "server-only";
import { channelReadersWhere } from "@/lib/access/channel-read";
import { runAfterResponse } from "@/lib/background";
import { db } from "@/lib/db";
import { ONLINE_WINDOW_MS } from "@/lib/messages/presence";
import { alerts, effectiveNotify } from "@/lib/notifications/levels";
import { isQuietAt } from "@/lib/notifications/quiet-hours";
import { deliverPush, type PushPayload } from "@/lib/push/deliver";
import { vapidConfig } from "@/lib/push/config";
import type { MessagePayload } from "@/lib/realtime/catalogue";
import { resultHref } from "@/lib/search/href";

// Who gets a Web Push for a new message, and what it says. Pushes go to people the message
// addresses — everyone else in a direct thread, and in a channel the people it mentions by name
// and the author of the message it replies to (never a channel's members at large: no per-member
// fan-out) — and only to those who are away. Present means User.lastSeenAt within the online window
// (2 minutes): a visible Chatsphere tab moves it every minute (its heartbeat), and so does any use of
// the app or the API; a hidden or closed tab does not, so two minutes after the last one, pushes
// start. Someone present sees the message live instead (badges, the activity inbox). Their settings
// for the conversation and its server decide the rest (lib/notifications/levels.ts): "nothing" and
// a mute push nothing, "mentions only" pushes only what names or answers them; and nothing is
// pushed during their quiet hours.

const BODY_CHARS = 180;

type Kind = "channel" | "thread";

/** After the response: pushes the message to the devices of the people it should reach. */
export function pushNewMessage(message: MessagePayload, kind: Kind): void {
  if (!vapidConfig() || !message.author) return;
  runAfterResponse("web push", () => pushNow(message, kind));
}

export async function pushNow(message: MessagePayload, kind: Kind, now = new Date()): Promise<void> {
  const authorId = message.author?.id;
  if (!authorId) return;
  const addressed = new Set((message.mentions ?? []).map((person) => person.id));
  if (message.replyTo?.author) addressed.add(message.replyTo.author.id);
  addressed.delete(authorId);
  const place = await placeOf(message.conversationId);
  if (!place) return;
  const everyone = kind === "thread" ? place.participantIds.filter((id) => id !== authorId && !addressed.has(id)) : [];
  const subscriptions = await reachableSubscriptions(message.conversationId, authorId, place.serverId, [...addressed], everyone, now);
  if (subscriptions.length === 0) return;
  const payload = payloadFor(message, place);
  await Promise.all(subscriptions.map((subscription) => deliverPush(subscription, payload)));
}

type Place = { serverId: string | null; participantIds: string[]; title: string; href: (seq: number) => string };

async function placeOf(conversationId: string): Promise<Place | null> {
  const conversation = await db.conversation.findUnique({
    where: { id: conversationId },
    select: {
      channel: { select: { name: true, slug: true, server: { select: { id: true, name: true, slug: true } } } },
      thread: { select: { id: true, title: true, participants: { select: { userId: true } } } },
    },
  });
  const { channel, thread } = conversation ?? {};
  if (channel) {
    const place = { kind: "channel", serverName: channel.server.name, serverSlug: channel.server.slug, channelName: channel.name, channelSlug: channel.slug } as const;
    return { serverId: channel.server.id, participantIds: [], title: `#${channel.name} · ${channel.server.name}`, href: (seq) => resultHref(place, seq) };
  }
  if (thread) {
    const place = { kind: "thread", threadId: thread.id, title: thread.title ?? "" } as const;
    return { serverId: null, participantIds: thread.participants.map((p) => p.userId), title: thread.title ?? "", href: (seq) => resultHref(place, seq) };
  }
  return null;
}

/**
 * The devices to push to: of `addressed` (named or answered) and `everyone` (the rest of a direct
 * thread), those whose setting for the conversation lets the message alert them
 * (lib/notifications/levels.ts), still able to read the conversation (and, in a thread, having
 * accepted it: a message request pushes nothing), active accounts with no visible tab, who have
 * not blocked the author, and outside their quiet hours.
 */
async function reachableSubscriptions(conversationId: string, authorId: string, serverId: string | null, addressed: string[], everyone: string[], now: Date) {
  if (addressed.length + everyone.length === 0) return [];
  const quietSince = new Date(now.getTime() - ONLINE_WINDOW_MS);
  const reader = serverId ? channelReadersWhere(conversationId) : { threads: { some: { thread: { conversationId }, status: "ACCEPTED" as const } } };
  const [subscriptions, notify] = await Promise.all([
    db.pushSubscription.findMany({
      where: {
        userId: { in: [...addressed, ...everyone] },
        user: {
          status: "ACTIVE",
          ...reader,
          OR: [{ lastSeenAt: null }, { lastSeenAt: { lt: quietSince } }],
          blocking: { none: { blockedId: authorId } },
        },
      },
      select: { id: true, endpoint: true, p256dh: true, auth: true, userId: true, user: { select: { notificationPreference: { select: { timeZone: true, quietStart: true, quietEnd: true } } } } },
    }),
    settingsOf([...addressed, ...everyone], conversationId, serverId, now),
  ]);
  const isAddressed = new Set(addressed);
  return subscriptions
    .filter(({ userId }) => alerts(notify(userId), isAddressed.has(userId)))
    .filter(({ user }) => !user.notificationPreference || !isQuietAt(user.notificationPreference, now))
    .map(({ id, endpoint, p256dh, auth }) => ({ id, endpoint, p256dh, auth }));
}

/** What applies to each of these people in the conversation: its own setting, its server's, the default. */
async function settingsOf(userIds: string[], conversationId: string, serverId: string | null, now: Date) {
  const setting = { userId: true, level: true, mutedUntil: true } as const;
  const [own, server] = await Promise.all([
    db.notificationSetting.findMany({ where: { conversationId, userId: { in: userIds } }, select: setting }),
    serverId ? db.serverNotificationSetting.findMany({ where: { serverId, userId: { in: userIds } }, select: setting }) : [],
  ]);
  const ownOf = new Map(own.map((row) => [row.userId, row]));
  const serverOf = new Map(server.map((row) => [row.userId, row]));
  return (userId: string) => effectiveNotify(ownOf.get(userId), serverOf.get(userId), now.getTime());
}

function payloadFor(message: MessagePayload, place: Place): PushPayload {
  const author = message.author?.fullName ?? "Someone";
  const text = message.body.replace(/\s+/g, " ").trim();
  const body = text ? (text.length > BODY_CHARS ? `${text.slice(0, BODY_CHARS - 1)}…` : text) : message.attachments?.length ? "Sent a file" : "New message";
  return {
    title: place.title ? `${author} in ${place.title}` : author,
    body,
    url: place.href(message.seq),
    tag: `conversation-${message.conversationId}`,
  };
}
