import "server-only";
import type { Prisma } from "@/lib/db";
import { db } from "@/lib/db";
import type { ServerListParams } from "@/lib/zod/admin";

export const SERVERS_PER_PAGE = 25;

const rowFields = {
  id: true,
  name: true,
  slug: true,
  icon: true,
  visibility: true,
  memberCount: true,
  lastActivityAt: true,
  createdAt: true,
  owner: { select: { id: true, username: true } },
  category: { select: { id: true, name: true } },
  _count: { select: { channels: true } },
} as const;

export type ServerRow = Prisma.ServerGetPayload<{ select: typeof rowFields }>;

export async function listServers(params: ServerListParams): Promise<{ servers: ServerRow[]; total: number }> {
  const where: Prisma.ServerWhereInput = {
    ...(params.q
      ? { OR: [{ name: { contains: params.q, mode: "insensitive" } }, { slug: { contains: params.q.toLowerCase() } }] }
      : {}),
    ...(params.category ? { categoryId: params.category } : {}),
    ...(params.visibility !== "all" ? { visibility: params.visibility === "public" ? "PUBLIC" : "PRIVATE" } : {}),
  };
  const [servers, total] = await Promise.all([
    db.server.findMany({
      where,
      select: rowFields,
      orderBy: [{ [params.sort]: params.dir }, { id: "asc" }],
      skip: (params.page - 1) * SERVERS_PER_PAGE,
      take: SERVERS_PER_PAGE,
    }),
    db.server.count({ where }),
  ]);
  return { servers, total };
}

/** A server with its channels and staff, for the edit page. */
export async function getServerDetail(serverId: string) {
  return db.server.findUnique({
    where: { id: serverId },
    select: {
      id: true,
      name: true,
      slug: true,
      description: true,
      icon: true,
      visibility: true,
      categoryId: true,
      memberCount: true,
      createdAt: true,
      lastActivityAt: true,
      owner: { select: { id: true, username: true, fullName: true, image: true } },
      channels: { select: { id: true, name: true, slug: true, topic: true, position: true }, orderBy: [{ position: "asc" }, { createdAt: "asc" }] },
      members: {
        where: { role: { in: ["OWNER", "MODERATOR"] }, banned: false },
        select: { role: true, user: { select: { id: true, username: true, fullName: true, image: true } } },
        orderBy: { joinedAt: "asc" },
      },
      _count: { select: { members: { where: { banned: true } } } },
    },
  });
}

export type ServerDetail = NonNullable<Awaited<ReturnType<typeof getServerDetail>>>;
