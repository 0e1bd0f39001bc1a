import "server-only";
import type { Actor } from "@/lib/access/conversation";
import { db } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import { publication, publishAfterResponse } from "@/lib/realtime/server";
import { ignoreRequestsFrom } from "@/lib/requests/requests";
import type { BlockUserInput } from "@/lib/zod/blocks";

// Blocking: the blocker stops seeing the other's messages (collapsed), typing and presence; the
// blocked person can't start a thread with the blocker, add them to one, or post in their direct
// thread; a message request of theirs is ignored. The blocked person is never told (nothing is
// sent to them; refusals are generic).

const blockedFields = { id: true, username: true, fullName: true, image: true } as const;

export async function blockUser(actor: Actor, { userId }: BlockUserInput): Promise<void> {
  if (userId === actor.id) throw new AppError("validation", "You can't block yourself.", { userId: "You can't block yourself" });
  const target = await db.user.findUnique({ where: { id: userId }, select: { id: true } });
  if (!target) throw notFound("User");
  await db.userBlock.upsert({ where: { blockerId_blockedId: { blockerId: actor.id, blockedId: userId } }, create: { blockerId: actor.id, blockedId: userId }, update: {} });
  await ignoreRequestsFrom(actor.id, userId);
  publishAfterResponse([publication("user", actor.id, "block.changed", { userId, blocked: true })]);
}

export async function unblockUser(actor: Actor, { userId }: BlockUserInput): Promise<void> {
  const { count } = await db.userBlock.deleteMany({ where: { blockerId: actor.id, blockedId: userId } });
  if (count > 0) publishAfterResponse([publication("user", actor.id, "block.changed", { userId, blocked: false })]);
}

/** The people `userId` blocked, most recent first. */
export async function listBlocked(userId: string) {
  const rows = await db.userBlock.findMany({ where: { blockerId: userId }, orderBy: { createdAt: "desc" }, select: { createdAt: true, blocked: { select: blockedFields } } });
  return rows.map(({ blocked, createdAt }) => ({ ...blocked, blockedAt: createdAt }));
}

/** The ids `userId` blocked (what the conversation view collapses and hides). */
export async function blockedIds(userId: string): Promise<string[]> {
  const rows = await db.userBlock.findMany({ where: { blockerId: userId }, select: { blockedId: true } });
  return rows.map((row) => row.blockedId);
}

/** The one refusal for people who may not be messaged (blocked, or taking messages from nobody): it never says which. */
export const unreachable = () => new AppError("forbidden", "You can't message some of these people.");

/** Refuses when any of `userIds` blocked the actor (starting or adding them to a thread). */
export async function assertNotBlockedBy(actorId: string, userIds: string[]): Promise<void> {
  const blocked = await db.userBlock.count({ where: { blockedId: actorId, blockerId: { in: userIds } } });
  if (blocked > 0) throw unreachable();
}

/** Refuses a post in a direct (one-to-one) thread whose other person blocked the actor. */
export async function assertNotBlockedInDirectThread(actorId: string, conversationId: string): Promise<void> {
  const blocked = await db.userBlock.count({
    where: { blockedId: actorId, blocker: { threads: { some: { thread: { conversationId, directKey: { not: null } } } } } },
  });
  if (blocked > 0) throw unreachable();
}
