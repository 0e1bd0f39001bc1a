import "server-only";
import type { Actor } from "@/lib/access/conversation";
import { db } from "@/lib/db";
import type { MessagePolicy, MessagePolicyInput } from "@/lib/zod/message-requests";

/** Who may message `userId` (Settings → Privacy). */
export async function getMessagePolicy(userId: string): Promise<MessagePolicy> {
  const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { messagePolicy: true } });
  return user.messagePolicy;
}

/** Changes who may message the actor; threads that already exist go on as they are. */
export async function setMessagePolicy(actor: Actor, { policy }: MessagePolicyInput): Promise<{ policy: MessagePolicy }> {
  await db.user.update({ where: { id: actor.id }, data: { messagePolicy: policy } });
  return { policy };
}
