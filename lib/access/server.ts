import "server-only";
import type { MemberRole, Visibility } from "@/generated/prisma/client";
import type { Actor } from "@/lib/access/conversation";
import { db } from "@/lib/db";
import { forbidden, notFound } from "@/lib/errors";

export type { Actor };

export type ServerAccess = {
  server: { id: string; slug: string; name: string; visibility: Visibility; ownerId: string };
  /** The actor's role, when they are a member in good standing (not banned). */
  role: MemberRole | null;
  banned: boolean;
  isAdmin: boolean;
  /** May see the server and read its channels: the same rule as conversationAccess. */
  canRead: boolean;
};

/**
 * The actor's standing in a server, or null when it doesn't exist. Reading follows
 * conversationAccess (public: anyone not banned; private: members only; platform admins read
 * like anyone else); managing rights are in `can`.
 */
export async function serverAccess(actor: Actor, where: { id: string } | { slug: string }): Promise<ServerAccess | null> {
  const server = await db.server.findUnique({
    where,
    select: {
      id: true,
      slug: true,
      name: true,
      visibility: true,
      ownerId: true,
      members: { where: { userId: actor.id }, select: { role: true, banned: true } },
    },
  });
  if (!server) return null;
  const { members, ...rest } = server;
  const membership = members[0];
  const banned = membership?.banned ?? false;
  const role = membership && !banned ? membership.role : null;
  return {
    server: rest,
    role,
    banned,
    isAdmin: actor.role === "ADMIN",
    canRead: !banned && (rest.visibility === "PUBLIC" || role !== null),
  };
}

const staff = (a: ServerAccess) => a.role === "OWNER" || a.role === "MODERATOR";

/** Who may do what in a server (see README "Permissions"). Platform admins moderate everywhere. */
export const can = {
  /** Edit the server's profile, delete it. */
  manage: (a: ServerAccess) => a.role === "OWNER" || a.isAdmin,
  /** Hand the server to another member: the owner alone. */
  transfer: (a: ServerAccess) => a.role === "OWNER",
  /** Channels, invites, removing and banning members. */
  moderate: (a: ServerAccess) => staff(a) || a.isAdmin,
  /** Make members moderators and back. */
  setRoles: (a: ServerAccess) => a.role === "OWNER" || a.isAdmin,
  leave: (a: ServerAccess) => a.role === "MODERATOR" || a.role === "MEMBER",
};

/**
 * The actor's access to a server, refusing when `allowed` says no: "not found" when they may not
 * even see the server (so private servers don't reveal they exist), "forbidden" otherwise.
 */
export async function requireServer(
  actor: Actor,
  serverId: string,
  allowed: (access: ServerAccess) => boolean = (a) => a.canRead,
  message?: string,
): Promise<ServerAccess> {
  const access = await serverAccess(actor, { id: serverId });
  if (!access || (!access.canRead && !access.isAdmin)) throw notFound("Server");
  if (!allowed(access)) throw access.canRead ? forbidden(message) : notFound("Server");
  return access;
}

/** Rank for "who may remove or ban whom": only someone strictly above the target. */
export function outranks(access: ServerAccess, targetRole: MemberRole): boolean {
  if (targetRole === "OWNER") return false; // nobody removes the owner; ownership is transferred
  if (access.isAdmin || access.role === "OWNER") return true;
  return access.role === "MODERATOR" && targetRole === "MEMBER";
}

