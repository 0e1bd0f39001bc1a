import "server-only";
import { assertAdmin, type AdminActor } from "@/lib/admin/guard";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { fieldError } from "@/lib/errors";
import { lockServer } from "@/lib/servers/lock";
import { handOverServer } from "@/lib/servers/transfer-ownership";

/** Hands a server to another of its members; the previous owner stays on as a moderator. */
export async function adminTransferServer(actor: AdminActor, input: { serverId: string; userId: string }) {
  assertAdmin(actor);
  return db.$transaction(async (tx) => {
    const { ownerId } = await lockServer(tx, input.serverId);
    if (ownerId === input.userId) throw fieldError("userId", "They already own this server.");
    const [server, from, to] = await Promise.all([
      tx.server.findUniqueOrThrow({ where: { id: input.serverId }, select: { name: true } }),
      tx.user.findUniqueOrThrow({ where: { id: ownerId }, select: { username: true } }),
      tx.user.findUnique({ where: { id: input.userId }, select: { username: true } }),
    ]);
    const result = await handOverServer(tx, input.serverId, ownerId, input.userId);
    await recordAudit(tx, actor, "server.transfer", { type: "server", id: input.serverId }, {
      label: server.name,
      before: { owner: `@${from.username}` },
      after: { owner: `@${to!.username}` },
    });
    return result;
  });
}
