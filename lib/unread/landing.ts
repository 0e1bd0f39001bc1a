import "server-only";

import { db } from "@/lib/db";
import { PAGE_SIZE } from "@/lib/messages/limits";

/** Read messages the newest page should still show above the first unread one, for context. */
const CONTEXT = 10;

/**
 * Where a conversation opens for its reader when no message is asked for: around their first
 * unread message when the newest page would not reach it (so they land on the "New" divider),
 * else undefined (the newest page, which holds it). Nothing for someone who never read here (a
 * new member starts at the newest messages, not at the beginning of the history).
 */
export async function unreadLanding(userId: string, conversationId: string): Promise<number | undefined> {
  const [row] = await db.$queryRaw<{ readSeq: number; lastSeq: number }[]>`
    SELECT r."readSeq", cv."lastSeq"
    FROM "Conversation" cv JOIN "Receipt" r ON r."conversationId" = cv."id" AND r."userId" = ${userId}
    WHERE cv."id" = ${conversationId}`;
  if (!row || row.readSeq <= 0) return undefined;
  return row.lastSeq - row.readSeq > PAGE_SIZE - CONTEXT ? row.readSeq + 1 : undefined;
}
