import "server-only";
import { db } from "@/lib/db";
import { inviteUrl } from "@/lib/invites/url";
import { inviteIsUsable } from "@/lib/invites/validity";

/** The server's invite links that still work, newest first (for its owner and moderators). */
export async function listActiveInvites(serverId: string) {
  const invites = await db.invite.findMany({
    where: { serverId, revokedAt: null, OR: [{ expiresAt: null }, { expiresAt: { gt: new Date() } }] },
    orderBy: { createdAt: "desc" },
    take: 100,
    select: { id: true, code: true, expiresAt: true, maxUses: true, uses: true, revokedAt: true, createdAt: true, createdBy: { select: { fullName: true } } },
  });
  return invites.filter((invite) => inviteIsUsable(invite)).map((invite) => ({ ...invite, url: inviteUrl(invite.code) }));
}

export type InviteRow = Awaited<ReturnType<typeof listActiveInvites>>[number];

/**
 * What /invite/<code> shows: the server it leads to, or null when the link is unknown, used up,
 * expired, revoked, or the viewer is banned there (all told apart from nothing: "invalid").
 */
export async function getInvitePreview(viewerId: string, code: string) {
  const invite = await db.invite.findUnique({
    where: { code },
    select: {
      revokedAt: true,
      expiresAt: true,
      maxUses: true,
      uses: true,
      server: {
        select: {
          id: true,
          slug: true,
          name: true,
          description: true,
          icon: true,
          memberCount: true,
          visibility: true,
          members: { where: { userId: viewerId }, select: { banned: true } },
        },
      },
    },
  });
  if (!invite) return null;
  const { members, ...server } = invite.server;
  if (members[0]?.banned) return null;
  if (members[0]) return { server, alreadyMember: true };
  return inviteIsUsable(invite) ? { server, alreadyMember: false } : null;
}
