import "server-only";
import { db } from "@/lib/db";
import { formatClock } from "@/lib/notifications/quiet-hours";
import type { NotificationPreferencesInput } from "@/lib/zod/notification-preferences";

// A person's notification preferences beyond one conversation: time zone, quiet hours, digest.

export type NotificationPreferencesView = {
  timeZone: string;
  quietHours: { start: string; end: string } | null;
  digestDelayMinutes: number | null;
};

export const DEFAULT_PREFERENCES = { timeZone: "UTC", quietStart: null, quietEnd: null, digestDelayMinutes: 30 } as const;

export async function getNotificationPreferences(userId: string): Promise<NotificationPreferencesView> {
  const row = (await db.notificationPreference.findUnique({ where: { userId } })) ?? DEFAULT_PREFERENCES;
  return toView(row);
}

export async function setNotificationPreferences(actor: { id: string }, { timeZone, quietHours, digestDelayMinutes }: NotificationPreferencesInput): Promise<NotificationPreferencesView> {
  const data = { timeZone, quietStart: quietHours?.start ?? null, quietEnd: quietHours?.end ?? null, digestDelayMinutes };
  const row = await db.notificationPreference.upsert({ where: { userId: actor.id }, create: { userId: actor.id, ...data }, update: data });
  return toView(row);
}

function toView(row: { timeZone: string; quietStart: number | null; quietEnd: number | null; digestDelayMinutes: number | null }): NotificationPreferencesView {
  const quietHours = row.quietStart !== null && row.quietEnd !== null ? { start: formatClock(row.quietStart), end: formatClock(row.quietEnd) } : null;
  return { timeZone: row.timeZone, quietHours, digestDelayMinutes: row.digestDelayMinutes };
}
