import "server-only";

import type { Actor } from "@/lib/access/conversation";
import { serverAccess } from "@/lib/access/server";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { DEFAULT_LEVEL } from "@/lib/notifications/levels";
import { publication, publishAfterResponse } from "@/lib/realtime/server";
import type { NotifyLevel, SetServerNotificationSettingInput } from "@/lib/zod/notifications";

// A person's notification setting for a whole server: the level of every channel of it that has
// none of its own, and a mute over all of them. Members only (a non-member's is "not found", as
// for a private server). No row means the default level, unmuted.

export type ServerNotificationSettingView = { serverId: string; level: NotifyLevel; mutedUntil: string | null };

async function requireMember(actor: Actor, serverId: string) {
  const access = await serverAccess(actor, { id: serverId });
  if (!access?.role) throw notFound("Server");
}

/** The actor's setting for a server they are a member of (the default when they have none; an ended mute is none). */
export async function getServerNotificationSetting(actor: Actor, serverId: string): Promise<ServerNotificationSettingView> {
  await requireMember(actor, serverId);
  const row = await db.serverNotificationSetting.findUnique({
    where: { userId_serverId: { userId: actor.id, serverId } },
    select: { level: true, mutedUntil: true },
  });
  const mutedUntil = row?.mutedUntil && row.mutedUntil > new Date() ? row.mutedUntil : null;
  return toView({ serverId, level: row?.level ?? DEFAULT_LEVEL, mutedUntil });
}

/** The user's settings that differ from the default (mutes still in force) for servers they are still in, for the browser's badges. */
export async function listServerNotificationSettings(userId: string): Promise<ServerNotificationSettingView[]> {
  const rows = await db.serverNotificationSetting.findMany({
    where: {
      userId,
      server: { members: { some: { userId, banned: false } } },
      OR: [{ level: { not: DEFAULT_LEVEL } }, { mutedUntil: { gt: new Date() } }],
    },
    select: { serverId: true, level: true, mutedUntil: true },
  });
  return rows.map(toView);
}

/** Sets the actor's setting for a server they are a member of; the default removes the row. Their other tabs follow. */
export async function setServerNotificationSetting(actor: Actor, { serverId, level, mutedUntil }: SetServerNotificationSettingInput): Promise<ServerNotificationSettingView> {
  await requireMember(actor, serverId);
  const until = mutedUntil && new Date(mutedUntil) > new Date() ? new Date(mutedUntil) : null;
  if (level === DEFAULT_LEVEL && !until) await db.serverNotificationSetting.deleteMany({ where: { userId: actor.id, serverId } });
  else
    await db.serverNotificationSetting.upsert({
      where: { userId_serverId: { userId: actor.id, serverId } },
      create: { userId: actor.id, serverId, level, mutedUntil: until },
      update: { level, mutedUntil: until },
    });
  const view = toView({ serverId, level, mutedUntil: until });
  publishAfterResponse([publication("user", actor.id, "server-notifications.updated", view)]);
  return view;
}

function toView(row: { serverId: string; level: NotifyLevel; mutedUntil: Date | null }): ServerNotificationSettingView {
  return { serverId: row.serverId, level: row.level, mutedUntil: row.mutedUntil?.toISOString() ?? null };
}
