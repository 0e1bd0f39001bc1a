import "server-only";
import { serverAccess, type Actor } from "@/lib/access/server";
import { requireVerified } from "@/lib/access/verified";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { rateLimit } from "@/lib/rate-limit";
import { communityLimits } from "@/lib/servers/limits";

/**
 * Joins a public server in one step (joining twice is harmless). Private servers take an invite
 * (lib/invites/accept-invite.ts); to everyone else, including banned users, they don't exist.
 */
export async function joinServer(actor: Actor, input: { serverId: string }) {
  requireVerified(actor);
  const access = await serverAccess(actor, { id: input.serverId });
  if (!access || !access.canRead) throw notFound("Server");
  if (access.role) return { ...access.server, joined: false };
  if (access.server.visibility !== "PUBLIC") throw notFound("Server");
  await rateLimit(`servers:join:${actor.id}`, communityLimits.serversJoinedPerUser, "You have joined a lot of servers recently.");
  const { count } = await db.serverMember.createMany({ data: [{ serverId: access.server.id, userId: actor.id }], skipDuplicates: true });
  return { ...access.server, joined: count > 0 };
}
