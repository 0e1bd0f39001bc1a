import "server-only";
import type { Actor } from "@/lib/access/server";
import { requireManagedChannel } from "@/lib/channels/access";
import { notifyChannelAccess } from "@/lib/channels/notify-access";
import { db } from "@/lib/db";
import { personMatch } from "@/lib/person-match";
import { AppError, fieldError } from "@/lib/errors";
import type { AddChannelMembersInput, ChannelMemberInput } from "@/lib/zod/channels";

const person = { id: true, username: true, fullName: true, image: true } as const;

/** A private channel the actor manages (owner, moderators, admins); "conflict" for a channel open to the whole server. */
async function requirePrivateChannel(actor: Actor, channelId: string) {
  const { channel } = await requireManagedChannel(actor, channelId);
  if (!channel.private) throw new AppError("conflict", "Everyone in the server reads this channel: make it private first.");
  return channel;
}

/** The members chosen for a private channel, by name (the owner and moderators read it without being chosen). */
export async function listChannelMembers(actor: Actor, input: { channelId: string }) {
  const channel = await requirePrivateChannel(actor, input.channelId);
  const rows = await db.channelMember.findMany({
    where: { channelId: channel.id },
    orderBy: { membership: { user: { fullName: "asc" } } },
    select: { addedAt: true, membership: { select: { role: true, user: { select: person } } } },
  });
  return rows.map(({ addedAt, membership: { role, user } }) => ({ ...user, role, addedAt }));
}

/** Adds server members (not banned) to a private channel; someone already in it is left as is. */
export async function addChannelMembers(actor: Actor, input: AddChannelMembersInput) {
  const channel = await requirePrivateChannel(actor, input.channelId);
  const userIds = [...new Set(input.userIds)];
  const members = await db.serverMember.findMany({ where: { serverId: channel.serverId, userId: { in: userIds }, banned: false }, select: { userId: true } });
  if (members.length !== userIds.length) throw fieldError("userIds", "Only members of this server can be added.");
  const added = await db.channelMember.createManyAndReturn({
    data: userIds.map((userId) => ({ channelId: channel.id, serverId: channel.serverId, userId })),
    skipDuplicates: true,
    select: { userId: true },
  });
  notifyChannelAccess(channel, added.map((a) => a.userId), true);
  return { channelId: channel.id, added: added.map((a) => a.userId) };
}

/** Takes someone out of a private channel (their open tabs leave it); not being in it is fine. */
export async function removeChannelMember(actor: Actor, input: ChannelMemberInput) {
  const channel = await requirePrivateChannel(actor, input.channelId);
  const { count } = await db.channelMember.deleteMany({ where: { channelId: channel.id, userId: input.userId } });
  if (count > 0) notifyChannelAccess(channel, [input.userId], false);
  return { channelId: channel.id, userId: input.userId };
}

/** Server members (not banned) matching `q` who are not yet chosen for the channel: the members dialog's people picker. */
export async function findChannelMemberCandidates(actor: Actor, input: { channelId: string; q: string }) {
  const channel = await requirePrivateChannel(actor, input.channelId);
  return db.user.findMany({
    where: {
      status: "ACTIVE",
      memberships: { some: { serverId: channel.serverId, banned: false, channels: { none: { channelId: channel.id } } } },
      ...personMatch(input.q),
    },
    orderBy: { username: "asc" },
    take: 8,
    select: person,
  });
}
