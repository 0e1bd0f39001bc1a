import "server-only";

import type { Actor } from "@/lib/access/conversation";
import { db } from "@/lib/db";
import { readableConversation } from "@/lib/messages/access";
import { publication, publishAfterResponse } from "@/lib/realtime/server";
import type { NotifyLevel, SetNotificationSettingInput } from "@/lib/zod/notifications";

// Per-conversation notification settings: what counts for a conversation's unread badge (all
// messages, mentions only, nothing) and a mute until a time. No row means all messages, unmuted.

export type NotificationSettingView = { conversationId: string; level: NotifyLevel; mutedUntil: string | null };

/** The user's settings that differ from the default (every one still in force), for the browser's badges. */
export async function listNotificationSettings(userId: string): Promise<NotificationSettingView[]> {
  const rows = await db.notificationSetting.findMany({
    where: { userId, OR: [{ level: { not: "ALL" } }, { mutedUntil: { gt: new Date() } }] },
    select: { conversationId: true, level: true, mutedUntil: true },
  });
  return rows.map(toView);
}

/** Sets the actor's setting for a conversation they can read; the default removes the row. Their other tabs follow. */
export async function setNotificationSetting(actor: Actor, { conversationId, level, mutedUntil }: SetNotificationSettingInput): Promise<NotificationSettingView> {
  await readableConversation(actor, conversationId);
  const until = mutedUntil && new Date(mutedUntil) > new Date() ? new Date(mutedUntil) : null;
  const key = { userId_conversationId: { userId: actor.id, conversationId } };
  if (level === "ALL" && !until) await db.notificationSetting.deleteMany({ where: { userId: actor.id, conversationId } });
  else await db.notificationSetting.upsert({ where: key, create: { userId: actor.id, conversationId, level, mutedUntil: until }, update: { level, mutedUntil: until } });
  const view = toView({ conversationId, level, mutedUntil: until });
  publishAfterResponse([publication("user", actor.id, "notifications.updated", view)]);
  return view;
}

function toView(row: { conversationId: string; level: NotifyLevel; mutedUntil: Date | null }): NotificationSettingView {
  return { conversationId: row.conversationId, level: row.level, mutedUntil: row.mutedUntil?.toISOString() ?? null };
}
