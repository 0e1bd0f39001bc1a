import "server-only";
import type { Prisma } from "@/lib/db";
import { userFields } from "@/lib/auth/session";
import { db } from "@/lib/db";
import type { UserListParams } from "@/lib/zod/admin";

export const USERS_PER_PAGE = 25;

const listFields = { ...userFields, lastSeenAt: true } as const;

export type UserRow = Prisma.UserGetPayload<{ select: typeof listFields }>;

function where(params: UserListParams): Prisma.UserWhereInput {
  const q = params.q;
  return {
    ...(q
      ? {
          OR: [
            { email: { contains: q, mode: "insensitive" } },
            { username: { contains: q, mode: "insensitive" } },
            { fullName: { contains: q, mode: "insensitive" } },
          ],
        }
      : {}),
    ...(params.status !== "all" ? { status: params.status === "active" ? "ACTIVE" : "SUSPENDED" } : {}),
    ...(params.role !== "all" ? { role: params.role === "admin" ? "ADMIN" : "USER" } : {}),
    ...(params.verified !== "all" ? { emailVerifiedAt: params.verified === "yes" ? { not: null } : null } : {}),
  };
}

/** One page of the users table, with the total for the pager. */
export async function listUsers(params: UserListParams): Promise<{ users: UserRow[]; total: number }> {
  const filter = where(params);
  const [users, total] = await Promise.all([
    db.user.findMany({
      where: filter,
      select: listFields,
      // Never-seen accounts go last whichever way "last seen" is sorted; ids keep pages stable.
      orderBy: [{ [params.sort]: params.sort === "lastSeenAt" ? { sort: params.dir, nulls: "last" } : params.dir }, { id: "asc" }],
      skip: (params.page - 1) * USERS_PER_PAGE,
      take: USERS_PER_PAGE,
    }),
    db.user.count({ where: filter }),
  ]);
  return { users, total };
}

/** Everything the user detail page shows. */
export async function getUserDetail(userId: string) {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: {
      ...listFields,
      updatedAt: true,
      _count: { select: { sessions: true, messages: true, ownedServers: true, memberships: true } },
      ownedServers: { select: { id: true, name: true, slug: true }, orderBy: { name: "asc" }, take: 20 },
      memberships: {
        select: { role: true, banned: true, joinedAt: true, server: { select: { id: true, name: true, slug: true } } },
        orderBy: { joinedAt: "desc" },
        take: 20,
      },
    },
  });
  if (!user) return null;
  const activeApiTokens = await db.refreshToken.count({ where: { userId, revokedAt: null, expiresAt: { gt: new Date() } } });
  return { ...user, activeApiTokens };
}

export type UserDetail = NonNullable<Awaited<ReturnType<typeof getUserDetail>>>;

export type UserOption = { id: string; username: string; fullName: string; image: string | null };

/** Users matching a name, username or email prefix, for pickers (thread participants, new owner). */
export async function findUsers(q: string, limit = 8): Promise<UserOption[]> {
  if (!q) return [];
  return db.user.findMany({
    where: {
      status: "ACTIVE",
      OR: [
        { username: { startsWith: q.toLowerCase() } },
        { email: { startsWith: q.toLowerCase() } },
        { fullName: { contains: q, mode: "insensitive" } },
      ],
    },
    select: { id: true, username: true, fullName: true, image: true },
    orderBy: { username: "asc" },
    take: limit,
  });
}
