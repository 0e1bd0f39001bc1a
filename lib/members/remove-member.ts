import "server-only";
import { can, requireServer, type Actor } from "@/lib/access/server";
import { db } from "@/lib/db";
import { requireOutrankedMember } from "@/lib/members/target";
import { notifyMembershipEnded } from "@/lib/members/notify";

/** Removes a member (they may join again). Owner: anyone but themselves; moderators: members. */
export async function removeMember(actor: Actor, input: { serverId: string; userId: string }) {
  const access = await requireServer(actor, input.serverId, can.moderate, "Only the owner and moderators can remove members.");
  await db.$transaction(async (tx) => {
    await requireOutrankedMember(tx, access, input.userId);
    await tx.serverMember.delete({ where: { serverId_userId: { serverId: access.server.id, userId: input.userId } } });
  });
  await notifyMembershipEnded(input.userId, access.server.id, "removed");
  return { serverId: access.server.id, userId: input.userId };
}
