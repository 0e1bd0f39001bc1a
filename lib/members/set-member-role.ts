import "server-only";
import { can, requireServer, type Actor } from "@/lib/access/server";
import { db } from "@/lib/db";
import { requireOutrankedMember } from "@/lib/members/target";
import type { SetMemberRoleInput } from "@/lib/zod/members";

/** Makes a member a moderator or back (owner or platform admin). Ownership moves by transfer only. */
export async function setMemberRole(actor: Actor, input: SetMemberRoleInput) {
  const access = await requireServer(actor, input.serverId, can.setRoles, "Only the owner can change roles.");
  return db.$transaction(async (tx) => {
    await requireOutrankedMember(tx, access, input.userId);
    return tx.serverMember.update({
      where: { serverId_userId: { serverId: access.server.id, userId: input.userId } },
      data: { role: input.role },
      select: { userId: true, role: true },
    });
  });
}
