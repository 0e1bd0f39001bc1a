import "server-only";
import type { Actor } from "@/lib/access/conversation";
import { db } from "@/lib/db";
import { isUniqueViolation } from "@/lib/db-errors";
import { AppError } from "@/lib/errors";
import { readableMessage } from "@/lib/messages/access";
import { rateLimit } from "@/lib/rate-limit";
import type { ReportMessageInput } from "@/lib/zod/reports";

/** Reports per person per hour: plenty for real use, not a way to flood a queue. */
export const REPORT_LIMIT = { limit: 20, windowSeconds: 3600 };

/**
 * Reports a message the actor can read (not their own) to whoever handles it: the server's staff
 * and platform admins for a channel, platform admins alone for a direct thread. Once per message.
 */
export async function reportMessage(actor: Actor, input: ReportMessageInput) {
  const { message, access } = await readableMessage(actor, input.messageId);
  if (message.authorId === actor.id) throw new AppError("conflict", "You can't report your own message.");
  if (message.deletedAt) throw new AppError("conflict", "This message was already deleted.");
  await rateLimit(`report:user:${actor.id}`, REPORT_LIMIT, "You've sent a lot of reports.");
  const channel = access.kind === "channel" ? await db.channel.findUnique({ where: { conversationId: message.conversationId }, select: { serverId: true } }) : null;
  try {
    const report = await db.report.create({
      data: { messageId: message.id, reporterId: actor.id, serverId: channel?.serverId ?? null, reason: input.reason, details: input.details },
      select: { id: true, status: true, createdAt: true },
    });
    return { id: report.id, status: report.status, createdAt: report.createdAt.toISOString() };
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError("conflict", "You already reported this message.");
    throw error;
  }
}
