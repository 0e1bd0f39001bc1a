import "server-only";
import { assertAdmin, type AdminActor } from "@/lib/admin/guard";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { deleteServer } from "@/lib/servers/delete-server";

/** Deletes a server with everything in it (the communities service), recording what it was. */
export async function adminDeleteServer(actor: AdminActor, serverId: string) {
  assertAdmin(actor);
  const server = await db.server.findUnique({
    where: { id: serverId },
    select: { id: true, name: true, slug: true, memberCount: true, owner: { select: { username: true } }, _count: { select: { channels: true } } },
  });
  if (!server) throw notFound("That server");
  return deleteServer(actor, { serverId }, {
    audit: (tx) =>
      recordAudit(tx, actor, "server.delete", { type: "server", id: server.id }, {
        label: server.name,
        before: { name: server.name, slug: server.slug, owner: `@${server.owner.username}`, members: server.memberCount, channels: server._count.channels },
      }),
  });
}
