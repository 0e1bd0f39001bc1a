import "server-only";
import { assertCurrentPassword } from "@/lib/accounts/current-password";
import { announceSessionsEnded } from "@/lib/accounts/sessions";
import type { AuditHook } from "@/lib/audit/record";
import { runAfterResponse } from "@/lib/background";
import { db, type Prisma } from "@/lib/db";
import { collectStorageGarbage } from "@/lib/files/garbage";
import { AppError } from "@/lib/errors";
import { handOverServer } from "@/lib/servers/transfer-ownership";

// Deleting an account: the person's messages stay in their conversations with no author (shown
// as "Deleted user"); everything else about them goes. Servers they own pass to the
// longest-standing moderator, else the longest-standing member, or are deleted when nobody is left.

type Client = Prisma.TransactionClient | typeof db;

export type ServerHandover = {
  serverId: string;
  name: string;
  /** Who becomes the owner; null: nobody is left and the server is deleted. */
  successor: { id: string; username: string; fullName: string } | null;
};

/** What would happen to each server `userId` owns (for the confirmation dialog, and the deletion itself). */
export async function planServerHandover(userId: string, client: Client = db): Promise<ServerHandover[]> {
  const servers = await client.server.findMany({
    where: { ownerId: userId },
    orderBy: { name: "asc" },
    select: {
      id: true,
      name: true,
      members: {
        where: { userId: { not: userId }, banned: false },
        // MODERATOR sorts before MEMBER (enum order), then the longest-standing first.
        orderBy: [{ role: "asc" }, { joinedAt: "asc" }, { userId: "asc" }],
        take: 1,
        select: { user: { select: { id: true, username: true, fullName: true } } },
      },
    },
  });
  return servers.map((server) => ({ serverId: server.id, name: server.name, successor: server.members[0]?.user ?? null }));
}

export type DeletionSummary = { transferred: ServerHandover[]; deletedServers: ServerHandover[] };

/**
 * Deletes `userId`'s account in one transaction (the admin area calls this too). Their sessions,
 * tokens, memberships, receipts, uploads and the files they attached go with the row (foreign keys
 * cascade; the files' objects are deleted from storage after the response); messages keep
 * authorId = NULL. Owned servers are handed over or deleted first.
 */
export async function deleteAccount(
  userId: string,
  { excludeSocketId, audit }: { excludeSocketId?: string } & AuditHook<DeletionSummary> = {},
): Promise<DeletionSummary> {
  const summary = await db.$transaction(async (tx) => {
    // Lock the owned servers so that nobody joins or leaves them while they change hands.
    await tx.$queryRaw`SELECT id FROM "Server" WHERE "ownerId" = ${userId} FOR UPDATE`;
    const plan = await planServerHandover(userId, tx);
    const transferred = plan.filter((s) => s.successor);
    const deletedServers = plan.filter((s) => !s.successor);

    for (const { serverId, successor } of transferred) await handOverServer(tx, serverId, userId, successor!.id);
    await keepServerIcons(userId, tx);
    const deletedIds = deletedServers.map((s) => s.serverId);
    // Channels' conversations (and their messages) are not children of the server: delete them first.
    await tx.conversation.deleteMany({ where: { channel: { serverId: { in: deletedIds } } } });
    await tx.server.deleteMany({ where: { id: { in: deletedIds } } });

    const threads = await tx.threadParticipant.findMany({ where: { userId }, select: { threadId: true } });
    await tx.thread.updateMany({ where: { createdById: userId }, data: { createdById: null } });
    await tx.user.delete({ where: { id: userId } }); // memberCount follows by trigger as memberships cascade
    // Their threads that nobody is in any more can never be read again.
    await tx.conversation.deleteMany({ where: { thread: { id: { in: threads.map((t) => t.threadId) }, participants: { none: {} } } } });
    await audit?.(tx, { transferred, deletedServers });
    return { transferred, deletedServers };
  });
  await announceSessionsEnded(userId, "deleted", excludeSocketId);
  runAfterResponse("deleting a deleted account's files", () => collectStorageGarbage());
  return summary;
}

export const ADMIN_CANNOT_DELETE = "Administrators can't delete their account. Ask another administrator to remove your admin rights first.";

/** Deleting your own account: needs your password. Admins are refused, as in the admin area. */
export async function deleteOwnAccount(actor: { id: string; role: "USER" | "ADMIN" }, { password, socketId }: { password: string; socketId?: string }) {
  if (actor.role === "ADMIN") throw new AppError("conflict", ADMIN_CANNOT_DELETE);
  await assertCurrentPassword(actor.id, password, "password");
  return deleteAccount(actor.id, { excludeSocketId: socketId });
}

/** Server icons uploaded by the person stay with the servers that use them (now someone else's). */
async function keepServerIcons(userId: string, tx: Prisma.TransactionClient) {
  const uploads = await tx.upload.findMany({ where: { ownerId: userId }, select: { id: true } });
  if (uploads.length === 0) return;
  const servers = await tx.server.findMany({
    where: { icon: { in: uploads.map((u) => `/api/uploads/${u.id}`) }, ownerId: { not: userId } },
    select: { icon: true, ownerId: true },
  });
  for (const server of servers) {
    await tx.upload.update({ where: { id: server.icon!.slice("/api/uploads/".length) }, data: { ownerId: server.ownerId } });
  }
}
