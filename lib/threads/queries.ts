import "server-only";
import { db } from "@/lib/db";
import { threadTitle } from "@/lib/threads/title";

export type ThreadPerson = { id: string; username: string; fullName: string; image: string | null; lastSeenAt: Date | null };

const personSelect = { id: true, username: true, fullName: true, image: true, lastSeenAt: true } as const;

/** A thread as its participant sees it, or null (a 404) for anyone else. */
export async function threadForViewer(viewerId: string, threadId: string) {
  const thread = await db.thread.findFirst({
    where: { id: threadId, participants: { some: { userId: viewerId } } },
    select: {
      id: true,
      title: true,
      directKey: true,
      conversationId: true,
      createdById: true,
      anyoneManages: true,
      history: true,
      participants: { orderBy: { joinedAt: "asc" }, select: { status: true, user: { select: personSelect } } },
    },
  });
  if (!thread) return null;
  // A message request the viewer hasn't accepted (or ignored): read, answered with accept, ignore or block.
  const request = thread.participants.some((p) => p.user.id === viewerId && p.status !== "ACCEPTED");
  const everyone = thread.participants.map((p) => p.user);
  const others = everyone.filter((u) => u.id !== viewerId);
  const direct = thread.directKey !== null;
  // Renaming and adding or removing people: a group's creator, or everyone when the group allows it.
  const canManage = !direct && (thread.anyoneManages || thread.createdById === viewerId);
  return { ...thread, participants: everyone, others, displayTitle: threadTitle(thread.title, others), direct, canManage, request };
}

/** People the viewer can message, by username prefix or name. */
export async function searchUsers(viewerId: string, q: string, limit = 10): Promise<ThreadPerson[]> {
  const term = q.trim().replace(/^@/, "");
  if (!term) return [];
  return db.user.findMany({
    where: {
      id: { not: viewerId },
      status: "ACTIVE",
      emailVerifiedAt: { not: null },
      OR: [{ username: { startsWith: term.toLowerCase() } }, { fullName: { contains: term, mode: "insensitive" } }],
    },
    orderBy: { username: "asc" },
    take: limit,
    select: personSelect,
  });
}
