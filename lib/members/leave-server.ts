import "server-only";
import { can, requireServer, type Actor } from "@/lib/access/server";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";

/** Leaves a server. The owner must hand it over first, so a server always has an owner. */
export async function leaveServer(actor: Actor, input: { serverId: string }) {
  const access = await requireServer(actor, input.serverId, (a) => a.role !== null, "You are not a member of this server.");
  if (!can.leave(access)) {
    throw new AppError("conflict", "You own this server: hand it over to another member (or delete it) before leaving.");
  }
  // Only a member row in good standing goes: a ban (banned = true) must survive a "leave".
  await db.serverMember.deleteMany({ where: { serverId: access.server.id, userId: actor.id, banned: false, role: { not: "OWNER" } } });
  return { id: access.server.id, slug: access.server.slug, name: access.server.name };
}
