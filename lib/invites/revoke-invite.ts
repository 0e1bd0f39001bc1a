import "server-only";
import { can, requireServer, type Actor } from "@/lib/access/server";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";

/** Revokes an invite link: it stops working at once (owner, moderators, admins). */
export async function revokeInvite(actor: Actor, input: { inviteId: string }) {
  const invite = await db.invite.findUnique({ where: { id: input.inviteId }, select: { id: true, serverId: true } });
  if (!invite) throw notFound("Invite");
  await requireServer(actor, invite.serverId, can.moderate, "Only the owner and moderators can revoke invite links.");
  await db.invite.updateMany({ where: { id: invite.id, revokedAt: null }, data: { revokedAt: new Date() } });
  return { id: invite.id };
}
