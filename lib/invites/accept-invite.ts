import "server-only";
import type { Actor } from "@/lib/access/server";
import { requireVerified } from "@/lib/access/verified";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { usableInviteSql } from "@/lib/invites/validity";

const INVALID = "This invite link is invalid or has expired. Ask for a new one.";

/**
 * Joins the invite's server. Each new member uses the invite once, atomically, so a limit of N
 * admits exactly N people however many click at once. Members following it again use nothing;
 * banned users are told the link is invalid (a ban is not revealed, nor lifted).
 */
export async function acceptInvite(actor: Actor, input: { code: string }) {
  requireVerified(actor);
  const invite = await db.invite.findUnique({
    where: { code: input.code },
    select: { id: true, server: { select: { id: true, slug: true, name: true, members: { where: { userId: actor.id }, select: { banned: true } } } } },
  });
  const membership = invite?.server.members[0];
  if (!invite || membership?.banned) throw new AppError("not_found", INVALID);
  const server = { id: invite.server.id, slug: invite.server.slug, name: invite.server.name };
  if (membership) return { ...server, joined: false };

  return db.$transaction(async (tx) => {
    const { count } = await tx.serverMember.createMany({ data: [{ serverId: server.id, userId: actor.id }], skipDuplicates: true });
    if (count === 0) return { ...server, joined: false }; // joined in another tab meanwhile
    const used = await tx.$executeRaw`UPDATE "Invite" SET "uses" = "uses" + 1 WHERE "id" = ${invite.id} AND ${usableInviteSql}`;
    if (used === 0) throw new AppError("not_found", INVALID); // rolls the membership back
    return { ...server, joined: true };
  });
}
