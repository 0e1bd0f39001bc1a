import { can, requireServer, type Actor } from "@/lib/access/server";
import { db } from "@/lib/db";
import { fieldError, forbidden } from "@/lib/errors";
import { lockServer } from "@/lib/servers/lock";

/** The owner hands the server to another member; the previous owner stays on as a moderator. */
export async function transferOwnership(actor: Actor, input: { serverId: string; userId: string }) {
  const { server } = await requireServer(actor, input.serverId, can.transfer, "Only the owner can hand over this server.");
  if (input.userId === actor.id) throw fieldError("userId", "You already own this server.");
  return db.$transaction(async (tx) => {
    if ((await lockServer(tx, server.id)).ownerId !== actor.id) throw forbidden("Only the owner can hand over this server.");
    const target = await tx.serverMember.findUnique({
      where: { serverId_userId: { serverId: server.id, userId: input.userId } },
      select: { banned: true, user: { select: { fullName: true } } },
    });
    if (!target || target.banned) throw fieldError("userId", "Choose a member of this server.");
    await tx.serverMember.update({ where: { serverId_userId: { serverId: server.id, userId: actor.id } }, data: { role: "MODERATOR" } });
    await tx.serverMember.update({ where: { serverId_userId: { serverId: server.id, userId: input.userId } }, data: { role: "OWNER" } });
    await tx.server.update({ where: { id: server.id }, data: { ownerId: input.userId } });
    return { newOwner: target.user.fullName };
  });
}
