import "server-only";
import { assertAdmin, type AdminActor } from "@/lib/admin/guard";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { banMember } from "@/lib/members/ban-member";

/** Bans someone from a server (the communities rule: anyone but its owner), recording it. */
export async function adminBanMember(actor: AdminActor, input: { serverId: string; userId: string }) {
  assertAdmin(actor);
  const member = await db.serverMember.findUnique({
    where: { serverId_userId: input },
    select: { role: true, user: { select: { username: true } }, server: { select: { name: true } } },
  });
  if (!member) throw notFound("That member");
  return banMember(actor, input, {
    audit: (tx) =>
      recordAudit(tx, actor, "member.ban", { type: "user", id: input.userId }, {
        label: `@${member.user.username}`,
        server: member.server.name,
        serverId: input.serverId,
        before: { role: member.role, banned: false },
        after: { banned: true },
      }),
  });
}
