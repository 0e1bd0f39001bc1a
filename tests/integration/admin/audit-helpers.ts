import { expect } from "vitest";
import { db } from "@/lib/db";
import type { AuditAction } from "@/lib/audit/actions";

/** The audit entries about one target, oldest first. */
export function auditEntriesFor(targetId: string) {
  return db.auditLog.findMany({ where: { targetId }, orderBy: { createdAt: "asc" } });
}

/** Asserts that `actorId` recorded exactly one `action` about `targetId`, and returns it. */
export async function expectAudited(actorId: string, action: AuditAction, targetId: string) {
  const entries = await db.auditLog.findMany({ where: { actorId, action, targetId } });
  expect(entries, `one ${action} entry for ${targetId}`).toHaveLength(1);
  return entries[0]!;
}
