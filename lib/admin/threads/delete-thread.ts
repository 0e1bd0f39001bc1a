import "server-only";
import { assertAdmin, type AdminActor } from "@/lib/admin/guard";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";

/** Deletes a direct thread with all of its messages and receipts. */
export async function deleteThread(actor: AdminActor, threadId: string): Promise<void> {
  assertAdmin(actor);
  await db.$transaction(async (tx) => {
    const thread = await tx.thread.findUnique({
      where: { id: threadId },
      select: {
        id: true,
        title: true,
        conversationId: true,
        conversation: { select: { lastSeq: true } },
        participants: { select: { user: { select: { username: true } } } },
      },
    });
    if (!thread) throw notFound("That thread");
    const participants = thread.participants.map((p) => `@${p.user.username}`);
    // The conversation owns the thread and its messages: deleting it removes them all.
    await tx.conversation.delete({ where: { id: thread.conversationId } });
    await recordAudit(tx, actor, "thread.delete", { type: "thread", id: thread.id }, {
      label: thread.title ?? participants.join(", "),
      before: { participants, title: thread.title, messages: thread.conversation.lastSeq },
    });
  });
}
