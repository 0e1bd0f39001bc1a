import "server-only";
import { can, requireServer, type Actor } from "@/lib/access/server";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";

/** Lifts a ban: the user is no longer a member, but may join (or be invited) again. */
export async function unbanMember(actor: Actor, input: { serverId: string; userId: string }) {
  const access = await requireServer(actor, input.serverId, can.moderate, "Only the owner and moderators can lift bans.");
  const { count } = await db.serverMember.deleteMany({ where: { serverId: access.server.id, userId: input.userId, banned: true } });
  if (count === 0) throw notFound("Ban");
  return { serverId: access.server.id, userId: input.userId };
}
