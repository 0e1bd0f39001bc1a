import "server-only";
import type { Prisma } from "@/lib/db";
import { db } from "@/lib/db";
import type { ThreadListParams } from "@/lib/zod/admin";

export const THREADS_PER_PAGE = 25;

const threadFields = {
  id: true,
  title: true,
  createdAt: true,
  conversation: { select: { lastSeq: true, lastMessageAt: true } },
  participants: {
    select: { user: { select: { id: true, username: true, fullName: true, image: true } } },
    orderBy: { joinedAt: "asc" },
  },
} as const;

export type ThreadRow = Prisma.ThreadGetPayload<{ select: typeof threadFields }>;

/** Direct threads, most recently active first; `q` matches a participant's username or name. */
export async function listThreads(params: ThreadListParams): Promise<{ threads: ThreadRow[]; total: number }> {
  const where: Prisma.ThreadWhereInput = params.q
    ? {
        participants: {
          some: {
            user: {
              OR: [
                { username: { contains: params.q.replace(/^@/, ""), mode: "insensitive" } },
                { fullName: { contains: params.q, mode: "insensitive" } },
              ],
            },
          },
        },
      }
    : {};
  const [threads, total] = await Promise.all([
    db.thread.findMany({
      where,
      select: threadFields,
      orderBy: [{ conversation: { lastMessageAt: { sort: "desc", nulls: "last" } } }, { createdAt: "desc" }, { id: "asc" }],
      skip: (params.page - 1) * THREADS_PER_PAGE,
      take: THREADS_PER_PAGE,
    }),
    db.thread.count({ where }),
  ]);
  return { threads, total };
}
