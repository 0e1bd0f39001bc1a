import "server-only";
import type { Prisma } from "@/lib/db";
import type { AuditAction, AuditTargetType } from "@/lib/audit/actions";

export type AuditActor = { id: string; username: string };

/**
 * For services of other domains that the admin area calls (deleting a server, banning…): the
 * admin's audit entry, written inside the service's own transaction so both commit together.
 */
export type AuditHook<Result = void> = { audit?: (tx: Prisma.TransactionClient, result: Result) => Promise<void> };

/** What an audit entry says about the change: a label for the target, and what changed. */
export type AuditSummary = {
  /** How the target reads in the log, kept after the target itself is gone (e.g. "@dave"). */
  label: string;
  before?: Record<string, unknown>;
  after?: Record<string, unknown>;
  [detail: string]: unknown;
};

/**
 * Appends one entry to the audit log. Call it with the transaction that makes the change, so
 * the change and its record commit together (or neither does).
 */
export async function recordAudit(
  tx: Prisma.TransactionClient,
  actor: AuditActor,
  action: AuditAction,
  target: { type: AuditTargetType; id: string },
  summary: AuditSummary,
): Promise<void> {
  await tx.auditLog.create({
    data: {
      actorId: actor.id,
      actorLabel: `@${actor.username}`,
      action,
      targetType: target.type,
      targetId: target.id,
      summary: toJson(summary),
    },
  });
}

/** Dates become ISO strings and undefined values are dropped, as JSON would store them. */
function toJson(summary: AuditSummary): Prisma.InputJsonObject {
  return JSON.parse(JSON.stringify(summary));
}
