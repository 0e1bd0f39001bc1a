import { db } from "@/lib/db";
import { seenRecently } from "@/lib/messages/presence";

const userFields = { id: true, username: true, fullName: true, image: true, lastSeenAt: true } as const;

export const MEMBER_LIST_LIMIT = 200;

/** Members in good standing: owner first, then moderators, then members by name; `online`: their app was open in the last minutes. */
export async function listMembers(serverId: string, limit = MEMBER_LIST_LIMIT) {
  const members = await db.serverMember.findMany({
    where: { serverId, banned: false },
    orderBy: [{ role: "asc" }, { user: { fullName: "asc" } }],
    take: limit,
    select: { role: true, joinedAt: true, user: { select: userFields } },
  });
  return members.map(({ user, ...m }) => ({ ...m, ...user, online: seenRecently(user.lastSeenAt) }));
}

export type MemberRow = Awaited<ReturnType<typeof listMembers>>[number];

export async function listBans(serverId: string) {
  const bans = await db.serverMember.findMany({
    where: { serverId, banned: true },
    orderBy: { bannedAt: "desc" },
    take: MEMBER_LIST_LIMIT,
    select: { bannedAt: true, user: { select: userFields } },
  });
  return bans.map(({ user, bannedAt }) => ({ ...user, bannedAt }));
}
