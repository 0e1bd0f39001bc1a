import "server-only";
import type { Actor } from "@/lib/access/conversation";
import { db } from "@/lib/db";
import { forbidden } from "@/lib/errors";
import { announceThreadChange } from "@/lib/threads/announce";
import { groupThreadOf } from "@/lib/threads/manage-access";
import { requireVerified } from "@/lib/access/verified";
import type { ThreadSettingsInput } from "@/lib/zod/threads";

/** The group's creator decides whether everyone in it may rename it and add or remove people. */
export async function setThreadSettings(actor: Actor, input: ThreadSettingsInput): Promise<{ anyoneManages: boolean }> {
  const thread = await groupThreadOf(actor, input.threadId);
  requireVerified(actor);
  if (thread.createdById !== actor.id) throw forbidden("Only the person who started this group can change who manages it.");
  await db.thread.update({ where: { id: thread.id }, data: { anyoneManages: input.anyoneManages } });
  announceThreadChange(thread.id);
  return { anyoneManages: input.anyoneManages };
}
