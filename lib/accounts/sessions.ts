import "server-only";
import { db, type Prisma } from "@/lib/db";
import { publish } from "@/lib/realtime/server";

type Client = Prisma.TransactionClient | typeof db;

/**
 * Signs `userId` out everywhere (optionally except the session making the request): browser
 * sessions end at their next request (their rows are gone) and API refresh tokens stop working.
 */
export async function revokeSessions(userId: string, { except }: { except?: string } = {}, client: Client = db): Promise<void> {
  await client.session.deleteMany({ where: { userId, ...(except ? { id: { not: except } } : {}) } });
  await client.refreshToken.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: new Date() } });
}

/**
 * Tells the person's open tabs that sessions ended, so those that were signed out leave at once
 * (SessionWatcher reloads; a tab whose session survives just stays). `excludeSocketId`: the tab
 * that made the change, which shows its own outcome.
 */
export function announceSessionsEnded(userId: string, reason: "password-changed" | "deleted", excludeSocketId?: string) {
  return publish("user", userId, "session.ended", { reason }, excludeSocketId || undefined);
}
