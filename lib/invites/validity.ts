import "server-only";
import { Prisma } from "@/generated/prisma/client";

type InviteState = { revokedAt: Date | null; expiresAt: Date | null; maxUses: number | null; uses: number };

/** Whether an invite still admits someone: not revoked, not expired, uses left. */
export function inviteIsUsable(invite: InviteState, now = new Date()): boolean {
  return !invite.revokedAt && (!invite.expiresAt || invite.expiresAt > now) && (invite.maxUses === null || invite.uses < invite.maxUses);
}

/** The same rule as a SQL condition, for the atomic "use one" update. */
export const usableInviteSql = Prisma.sql`"revokedAt" IS NULL AND ("expiresAt" IS NULL OR "expiresAt" > now()) AND ("maxUses" IS NULL OR "uses" < "maxUses")`;
