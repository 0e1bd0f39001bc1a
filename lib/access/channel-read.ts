import "server-only";
import { Prisma, type MemberRole } from "@/generated/prisma/client";
import { db } from "@/lib/db";

// The private-channel part of "who may read a channel", in the three forms the read paths need:
// TypeScript (conversationAccess), SQL (search, unread, the sidebar, activity, the digest) and a
// Prisma filter (channel lists). A channel that is not private is read as its server is (public:
// anyone not banned; private server: members); a private one only by the server's owner and
// moderators and the members chosen for it (ChannelMember) — never by a banned person or a
// non-member, platform admins included. tests/integration/read-rule-agreement.test.ts checks
// that the forms agree.

/** Whether someone whose standing in the server is `role` (null: not a member, or banned) may read the channel. */
export function opensChannel(channel: { private: boolean }, role: MemberRole | null, chosen: boolean): boolean {
  if (!channel.private) return true;
  return role === "OWNER" || role === "MODERATOR" || (role !== null && chosen);
}

/**
 * SQL: `opensChannel` for the channel `ch` (an alias of "Channel") and the reader's membership row
 * `member` (an alias of "ServerMember", possibly LEFT JOINed: null for a non-member); the caller
 * refuses the banned and the non-members of a private server, as for any channel.
 */
export function channelOpenSql(ch: Prisma.Sql, member: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`(NOT ${ch}."private" OR ${member}."role" IN ('OWNER', 'MODERATOR')
    OR EXISTS (SELECT 1 FROM "ChannelMember" cm WHERE cm."channelId" = ${ch}."id" AND cm."userId" = ${member}."userId"))`;
}

/** Prisma: the channels `opensChannel` lets the user read; the caller refuses the banned and non-members of private servers. */
export function channelOpenWhere(userId: string): Prisma.ChannelWhereInput {
  return {
    OR: [{ private: false }, { members: { some: { userId } } }, { server: { members: { some: { userId, banned: false, role: { in: ["OWNER", "MODERATOR"] } } } } }],
  };
}

/** Prisma: the people who may read the channel whose conversation is `conversationId` (members not banned, and `opensChannel`). */
export function channelReadersWhere(conversationId: string): Prisma.UserWhereInput {
  return {
    memberships: {
      some: {
        banned: false,
        server: { channels: { some: { conversationId } } },
        OR: [
          { role: { in: ["OWNER", "MODERATOR"] } },
          { server: { channels: { some: { conversationId, private: false } } } },
          { channels: { some: { channel: { conversationId } } } },
        ],
      },
    },
  };
}

/** The ids of everyone who may read the channel whose conversation is `conversationId`. */
export async function channelReaderIds(conversationId: string): Promise<string[]> {
  const rows = await db.$queryRaw<{ userId: string }[]>`
    SELECT m."userId" FROM "Channel" ch JOIN "ServerMember" m ON m."serverId" = ch."serverId"
    WHERE ch."conversationId" = ${conversationId} AND NOT m."banned" AND ${channelOpenSql(Prisma.raw("ch"), Prisma.raw("m"))}`;
  return rows.map((r) => r.userId);
}
