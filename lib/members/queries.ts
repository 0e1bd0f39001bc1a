import "server-only";
import { db } from "@/lib/db";
import { staffLookalikes } from "@/lib/members/lookalikes";
import { seenRecently } from "@/lib/messages/presence";

const userFields = { id: true, username: true, fullName: true, image: true, lastSeenAt: true } as const;

export const MEMBER_LIST_LIMIT = 200;

/**
 * Members in good standing: owner first, then moderators, then members by name; `online`: their
 * app was open in the last minutes; `looksLikeStaff`: their name imitates the owner's or a moderator's;
 * `timedOutUntil`: a time-out still running.
 */
export async function listMembers(serverId: string, limit = MEMBER_LIST_LIMIT) {
  const members = await db.serverMember.findMany({
    where: { serverId, banned: false },
    orderBy: [{ role: "asc" }, { user: { fullName: "asc" } }],
    take: limit,
    select: { role: true, joinedAt: true, timedOutUntil: true, user: { select: userFields } },
  });
  const now = new Date();
  const lookalikes = staffLookalikes(members.map(({ role, user }) => ({ role, id: user.id, fullName: user.fullName })));
  return members.map(({ user, timedOutUntil, ...m }) => ({
    ...m,
    ...user,
    timedOutUntil: timedOutUntil && timedOutUntil > now ? timedOutUntil : null,
    online: seenRecently(user.lastSeenAt),
    looksLikeStaff: lookalikes.has(user.id),
  }));
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
