import "server-only";
import { can, requireServer, type Actor } from "@/lib/access/server";
import type { AuditHook } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { notifyMembershipEnded } from "@/lib/members/notify";
import { requireOutrankedMember } from "@/lib/members/target";

/**
 * Bans a member: they lose access at once (reading, posting, realtime subscriptions) and can't
 * rejoin, even with an invite, until unbanned. Same rank rules as removing.
 */
export async function banMember(actor: Actor, input: { serverId: string; userId: string }, hooks: AuditHook = {}) {
  const access = await requireServer(actor, input.serverId, can.moderate, "Only the owner and moderators can ban members.");
  await db.$transaction(async (tx) => {
    await requireOutrankedMember(tx, access, input.userId);
    await tx.serverMember.update({
      where: { serverId_userId: { serverId: access.server.id, userId: input.userId } },
      data: { banned: true, bannedAt: new Date(), role: "MEMBER" },
    });
    await hooks.audit?.(tx);
  });
  await notifyMembershipEnded(input.userId, access.server.id, "banned");
  return { serverId: access.server.id, userId: input.userId };
}
