import "server-only";
import { db } from "@/lib/db";
import type { ThreadState } from "@/lib/realtime/catalogue";
import { publication, publishAfterResponse, type Publication } from "@/lib/realtime/server";

/** A group thread as it is now (the `thread.changed` payload), or null once it is gone. */
export async function threadState(threadId: string): Promise<ThreadState | null> {
  const thread = await db.thread.findUnique({
    where: { id: threadId },
    select: {
      id: true, conversationId: true, title: true, createdById: true, anyoneManages: true, history: true,
      participants: { orderBy: { joinedAt: "asc" }, select: { user: { select: { id: true, username: true, fullName: true, image: true, lastSeenAt: true } } } },
    },
  });
  if (!thread) return null;
  const { id, participants, ...rest } = thread;
  return { threadId: id, ...rest, participants: participants.map(({ user }) => ({ ...user, lastSeenAt: user.lastSeenAt?.toISOString() ?? null })) };
}

/**
 * After the response: the thread as it is now to everyone with it open (headers follow), and
 * `extra` (a removed person's `thread.ended`, an added person's sidebar nudge).
 */
export function announceThreadChange(threadId: string, extra: Publication[] = []): void {
  publishAfterResponse(async () => {
    const state = await threadState(threadId);
    return [...(state ? [publication("conversation", state.conversationId, "thread.changed", state)] : []), ...extra];
  });
}
