import "server-only";
import type { Prisma } from "@/lib/db";
import { notFound } from "@/lib/errors";

/**
 * Locks a server's row until the transaction ends, so that checks and changes that must not
 * interleave (the last channel, the owner) run one at a time per server. Returns its owner.
 */
export async function lockServer(tx: Prisma.TransactionClient, serverId: string): Promise<{ ownerId: string }> {
  const rows = await tx.$queryRaw<{ ownerId: string }[]>`SELECT "ownerId" FROM "Server" WHERE "id" = ${serverId} FOR UPDATE`;
  if (!rows[0]) throw notFound("Server");
  return rows[0];
}
