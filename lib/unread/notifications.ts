import "server-only";

import type { Actor } from "@/lib/access/conversation";
import { db } from "@/lib/db";
import { readableConversation } from "@/lib/messages/access";
import { publication, publishAfterResponse } from "@/lib/realtime/server";
import type { NotifyLevel, SetNotificationSettingInput } from "@/lib/zod/notifications";

// Per-conversation notification settings: a level of its own (all messages, mentions only,
// nothing; null follows the person's setting for the channel's server) and a mute until a time.
// No row means no level of its own, unmuted. lib/notifications/levels.ts resolves what applies.

export type NotificationSettingView = { conversationId: string; level: NotifyLevel | null; mutedUntil: string | null };

/** The user's settings that differ from the default (every one still in force), for the browser's badges. */
export async function listNotificationSettings(userId: string): Promise<NotificationSettingView[]> {
  const rows = await db.notificationSetting.findMany({
    where: { userId, OR: [{ level: { not: null } }, { mutedUntil: { gt: new Date() } }] },
    select: { conversationId: true, level: true, mutedUntil: true },
  });
  return rows.map(toView);
}

/** Sets the actor's setting for a conversation they can read; the default removes the row. Their other tabs follow. */
export async function setNotificationSetting(actor: Actor, { conversationId, level, mutedUntil }: SetNotificationSettingInput): Promise<NotificationSettingView> {
  const access = await readableConversation(actor, conversationId);
  const own = access.kind === "thread" && level === "ALL" ? null : level; // a thread has no server: ALL is its default
  const until = mutedUntil && new Date(mutedUntil) > new Date() ? new Date(mutedUntil) : null;
  const key = { userId_conversationId: { userId: actor.id, conversationId } };
  if (!own && !until) await db.notificationSetting.deleteMany({ where: { userId: actor.id, conversationId } });
  else await db.notificationSetting.upsert({ where: key, create: { userId: actor.id, conversationId, level: own, mutedUntil: until }, update: { level: own, mutedUntil: until } });
  const view = toView({ conversationId, level: own, mutedUntil: until });
  publishAfterResponse([publication("user", actor.id, "notifications.updated", view)]);
  return view;
}

function toView(row: { conversationId: string; level: NotifyLevel | null; mutedUntil: Date | null }): NotificationSettingView {
  return { conversationId: row.conversationId, level: row.level, mutedUntil: row.mutedUntil?.toISOString() ?? null };
}
