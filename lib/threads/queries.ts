import { db } from "@/lib/db";

export type ThreadPerson = { id: string; username: string; fullName: string; image: string | null; lastSeenAt: Date | null };

const personSelect = { id: true, username: true, fullName: true, image: true, lastSeenAt: true } as const;

/** "Alice", "Alice and Bob", "Alice, Bob and 3 others", or the group's own title. */
export function threadTitle(title: string | null, others: { fullName: string }[]): string {
  if (title) return title;
  const names = others.map((o) => o.fullName);
  if (names.length === 0) return "Only you";
  if (names.length <= 2) return names.join(" and ");
  return `${names[0]}, ${names[1]} and ${names.length - 2} other${names.length - 2 === 1 ? "" : "s"}`;
}

/** A thread as its participant sees it, or null (a 404) for anyone else. */
export async function threadForViewer(viewerId: string, threadId: string) {
  const thread = await db.thread.findFirst({
    where: { id: threadId, participants: { some: { userId: viewerId } } },
    select: {
      id: true,
      title: true,
      directKey: true,
      conversationId: true,
      participants: { orderBy: { joinedAt: "asc" }, select: { user: { select: personSelect } } },
    },
  });
  if (!thread) return null;
  const everyone = thread.participants.map((p) => p.user);
  const others = everyone.filter((u) => u.id !== viewerId);
  return { ...thread, participants: everyone, others, displayTitle: threadTitle(thread.title, others), direct: thread.directKey !== null };
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
