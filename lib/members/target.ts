import "server-only";
import { outranks, type ServerAccess } from "@/lib/access/server";
import type { Prisma } from "@/lib/db";
import { forbidden, notFound } from "@/lib/errors";

/** The member `userId` of the actor's server, when the actor outranks them (for remove, ban, roles). */
export async function requireOutrankedMember(tx: Prisma.TransactionClient, access: ServerAccess, userId: string) {
  const member = await tx.serverMember.findUnique({
    where: { serverId_userId: { serverId: access.server.id, userId } },
    select: { userId: true, role: true, banned: true },
  });
  if (!member || member.banned) throw notFound("Member");
  if (!outranks(access, member.role)) {
    throw forbidden(member.role === "OWNER" ? "The owner can't be removed, banned or timed out." : "Only the owner can do that to a moderator.");
  }
  return member;
}
