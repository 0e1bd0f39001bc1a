import "server-only";
import type { Actor } from "@/lib/access/conversation";
import { db } from "@/lib/db";
import { announceThreadChange } from "@/lib/threads/announce";
import { threadToManage } from "@/lib/threads/manage-access";
import type { RenameThreadInput } from "@/lib/zod/threads";

/** Renames a group (an empty title names it after its people again); everyone with it open sees it at once. */
export async function renameThread(actor: Actor, input: RenameThreadInput): Promise<{ title: string | null }> {
  const thread = await threadToManage(actor, input.threadId);
  const title = input.title || null;
  await db.thread.update({ where: { id: thread.id }, data: { title } });
  announceThreadChange(thread.id);
  return { title };
}
