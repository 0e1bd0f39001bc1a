import "server-only";
import type { Prisma } from "@/lib/db";
import { db } from "@/lib/db";
import type { AuditSummary } from "@/lib/audit/record";
import type { AuditListParams } from "@/lib/zod/admin";
import { decodeCursor, encodeCursor } from "@/lib/cursor";

export const AUDIT_PAGE_SIZE = 50;

export type AuditEntry = {
  id: string;
  actorId: string | null;
  actorLabel: string;
  action: string;
  targetType: string;
  targetId: string;
  summary: AuditSummary;
  createdAt: Date;
};

function where(params: AuditListParams): Prisma.AuditLogWhereInput {
  const createdAt: Prisma.DateTimeFilter = {};
  if (params.from) createdAt.gte = new Date(`${params.from}T00:00:00.000Z`);
  if (params.to) createdAt.lt = new Date(new Date(`${params.to}T00:00:00.000Z`).getTime() + 86_400_000);
  return {
    ...(params.action ? { action: params.action } : {}),
    ...(params.actor ? { actorLabel: { contains: params.actor.replace(/^@/, ""), mode: "insensitive" } } : {}),
    ...(params.targetType ? { targetType: params.targetType } : {}),
    ...(params.targetId ? { targetId: params.targetId } : {}),
    ...(params.from || params.to ? { createdAt } : {}),
  };
}

/** Newest entries first, a page at a time (`before` is the cursor of the last entry shown). */
export async function listAuditEntries(params: AuditListParams): Promise<{ entries: AuditEntry[]; nextCursor: string | null }> {
  const cursor = decodeCursor(params.before);
  const rows = await db.auditLog.findMany({
    where: {
      AND: [
        where(params),
        cursor ? { OR: [{ createdAt: { lt: cursor.at } }, { createdAt: cursor.at, id: { lt: cursor.id } }] } : {},
      ],
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: AUDIT_PAGE_SIZE + 1,
  });
  const entries = rows.slice(0, AUDIT_PAGE_SIZE) as AuditEntry[];
  const last = entries.at(-1);
  return { entries, nextCursor: rows.length > AUDIT_PAGE_SIZE && last ? encodeCursor(last.createdAt, last.id) : null };
}
