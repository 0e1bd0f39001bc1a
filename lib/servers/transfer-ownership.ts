import "server-only";
import { can, requireServer, type Actor } from "@/lib/access/server";
import { db, type Prisma } from "@/lib/db";
import { fieldError, forbidden } from "@/lib/errors";
import { lockServer } from "@/lib/servers/lock";

/** The owner hands the server to another member; the previous owner stays on as a moderator. */
export async function transferOwnership(actor: Actor, input: { serverId: string; userId: string }) {
  const { server } = await requireServer(actor, input.serverId, can.transfer, "Only the owner can hand over this server.");
  if (input.userId === actor.id) throw fieldError("userId", "You already own this server.");
  return db.$transaction(async (tx) => {
    if ((await lockServer(tx, server.id)).ownerId !== actor.id) throw forbidden("Only the owner can hand over this server.");
    return handOverServer(tx, server.id, actor.id, input.userId);
  });
}

/**
 * Makes member `toUserId` the owner and the previous owner a moderator, inside the caller's
 * transaction (which has locked the server). Also used by the admin area's transfer.
 */
export async function handOverServer(tx: Prisma.TransactionClient, serverId: string, fromUserId: string, toUserId: string) {
  const target = await tx.serverMember.findUnique({
    where: { serverId_userId: { serverId, userId: toUserId } },
    select: { banned: true, user: { select: { fullName: true } } },
  });
  if (!target || target.banned) throw fieldError("userId", "Choose a member of this server.");
  await tx.serverMember.update({ where: { serverId_userId: { serverId, userId: fromUserId } }, data: { role: "MODERATOR" } });
  await tx.serverMember.update({ where: { serverId_userId: { serverId, userId: toUserId } }, data: { role: "OWNER" } });
  await tx.server.update({ where: { id: serverId }, data: { ownerId: toUserId } });
  return { newOwner: target.user.fullName };
}
