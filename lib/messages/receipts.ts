import "server-only";
import type { Actor } from "@/lib/access/conversation";
import { db } from "@/lib/db";
import { readableConversation } from "@/lib/messages/access";
import { publication, publishAfterResponse } from "@/lib/realtime/server";
import type { MarkReadInput } from "@/lib/zod/messages";

export type ReceiptMarks = { userId: string; deliveredSeq: number; readSeq: number };

/**
 * Moves the actor's delivered / read high-water marks forward (never back, never past the last
 * message; read implies delivered). Clients call this at most about once a second with the
 * highest seq they have received and shown, so a busy conversation costs one write and one
 * `receipts.updated` event (and a `read.updated` to the reader's own tabs) per reader per second at
 * most, and none when nothing moved.
 */
export async function markReceipts(
  actor: Actor,
  input: MarkReadInput,
): Promise<ReceiptMarks | null> {
  const { conversationId, requested } = await readableConversation(actor, input.conversationId);
  // A message request is read without its sender being told (receipts start when it is accepted).
  if (requested || (input.deliveredSeq === 0 && input.readSeq === 0)) return null;
  const rows = await db.$queryRaw<{ deliveredSeq: number; readSeq: number }[]>`
    INSERT INTO "Receipt" ("conversationId", "userId", "deliveredSeq", "readSeq", "updatedAt")
    SELECT c."id", ${actor.id}, LEAST(GREATEST(${input.deliveredSeq}::int, ${input.readSeq}::int), c."lastSeq"), LEAST(${input.readSeq}::int, c."lastSeq"), now()
    FROM "Conversation" c WHERE c."id" = ${conversationId}
    ON CONFLICT ("conversationId", "userId") DO UPDATE SET
      "deliveredSeq" = GREATEST("Receipt"."deliveredSeq", EXCLUDED."deliveredSeq"),
      "readSeq" = GREATEST("Receipt"."readSeq", EXCLUDED."readSeq"),
      "updatedAt" = now()
    WHERE EXCLUDED."deliveredSeq" > "Receipt"."deliveredSeq" OR EXCLUDED."readSeq" > "Receipt"."readSeq"
    RETURNING "deliveredSeq", "readSeq"`;
  const row = rows[0];
  if (!row) return null;
  const marks = { userId: actor.id, deliveredSeq: row.deliveredSeq, readSeq: row.readSeq };
  publishAfterResponse([
    publication("conversation", conversationId, "receipts.updated", { conversationId, receipts: [marks] }),
    // The reader's other tabs: their unread state follows.
    publication("user", actor.id, "read.updated", { conversationId, readSeq: row.readSeq }),
  ]);
  return marks;
}
